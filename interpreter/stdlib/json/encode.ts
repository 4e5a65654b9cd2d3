// json.dumps: CPython's encoder output (separators, indent, sort_keys, ensure_ascii, NaN/Infinity).

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { floatRepr } from '../../objects/float-repr.ts';
import { callValue } from '../../objects/runtime.ts';
import { PyDict, PyList, PyNaN, PyObject, PyTuple, type PyValue } from '../../objects/values.ts';
import { sortInPlace } from '../../builtins/sort.ts';

export interface EncodeOptions {
  ensureAscii: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  skipKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: PyValue;
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

export function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    const esc = ESCAPES[ch];
    if (esc !== undefined) out += esc;
    else if (code < 0x20 || (ensureAscii && code > 0x7e)) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function encodeFloat(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan)
    throw pyError(ValueError, `Out of range float values are not JSON compliant: ${floatRepr(x)}`);
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function keyString(k: PyValue, o: EncodeOptions): string | null {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (k === null) return 'null';
  if (typeof k === 'bigint') return k.toString();
  if (typeof k === 'number') return encodeFloat(k, o.allowNan);
  if (k instanceof PyNaN) return encodeFloat(NaN, o.allowNan);
  if (o.skipKeys) return null;
  throw pyError(TypeError, `keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
}

export function encode(v: PyValue, o: EncodeOptions, depth: number, active: Set<PyObject>): string {
  switch (typeof v) {
    case 'string':
      return encodeString(v, o.ensureAscii);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'number':
      return encodeFloat(v, o.allowNan);
  }
  if (v === null) return 'null';
  if (v instanceof PyNaN) return encodeFloat(NaN, o.allowNan);
  if (active.has(v)) throw pyError(ValueError, 'Circular reference detected');
  const open = (): [string, string] => {
    if (o.indent === null) return ['', ''];
    return ['\n' + o.indent.repeat(depth + 1), '\n' + o.indent.repeat(depth)];
  };
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.items.length === 0) return '[]';
    active.add(v);
    const [inner, close] = open();
    const parts = v.items.map((x) => encode(x, o, depth + 1, active));
    active.delete(v);
    return '[' + inner + parts.join(o.itemSep + inner) + close + ']';
  }
  if (v instanceof PyDict) {
    if (v.table.size === 0) return '{}';
    active.add(v);
    let entries = v.table.toArray();
    if (o.sortKeys) {
      const keys = entries.map((e) => e.key);
      sortInPlace(keys, null, false);
      entries = keys.map((k) => ({ key: k, value: v.table.get(k)! }));
    }
    const [inner, close] = open();
    const parts: string[] = [];
    for (const e of entries) {
      const k = keyString(e.key, o);
      if (k === null) continue;
      parts.push(encodeString(k, o.ensureAscii) + o.keySep + encode(e.value, o, depth + 1, active));
    }
    active.delete(v);
    return '{' + inner + parts.join(o.itemSep + inner) + close + '}';
  }
  if (o.dflt !== null) {
    active.add(v);
    const r = encode(callValue(o.dflt, [v]), o, depth, active);
    active.delete(v);
    return r;
  }
  throw pyError(TypeError, `Object of type ${typeOf(v).name} is not JSON serializable`);
}
