// replace, translate, maketrans, removeprefix, removesuffix, encode, format, format_map.

import { typeOf } from '../../objects/builtin-types.ts';
import { LookupError, PyError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { HashTable } from '../../objects/hashtable.ts';
import { checkSize } from '../../objects/runtime.ts';
import { strFormat, strFormatMap } from '../../objects/str-format.ts';
import { getItem } from '../../objects/subscript.ts';
import { PyBytes, PyDict, type Kwargs, type NativeImpl, type PyValue } from '../../objects/values.ts';
import { bindKw, exactArgs, intArg, rangeArgsExpected, selfStr } from './args.ts';
import { encodeString } from './codec.ts';

export function strReplace(s: string, old: string, repl: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old.length === 0) {
    // Inserted before every character and at the end, up to `count` times.
    const chars = Array.from(s);
    checkSize(s.length + repl.length * Math.min(count, chars.length + 1));
    let out = '';
    let n = 0;
    for (const c of chars) {
      if (n < count) {
        out += repl;
        n++;
      }
      out += c;
    }
    if (n < count) out += repl;
    return out;
  }
  let out = '';
  let start = 0;
  let n = 0;
  while (n < count) {
    const i = s.indexOf(old, start);
    if (i < 0) break;
    out += s.slice(start, i) + repl;
    start = i + old.length;
    n++;
  }
  if (n === 0) return s;
  const result = out + s.slice(start);
  checkSize(result.length);
  return result;
}

function translateChar(table: PyValue, cp: number): string | null | undefined {
  let v: PyValue;
  try {
    if (table instanceof PyDict) {
      const e = table.table.getEntry(BigInt(cp));
      if (e === undefined) return undefined;
      v = e.value;
    } else v = getItem(table, BigInt(cp));
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(LookupError)) {
      return undefined;
    }
    throw e;
  }
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
    if (n < 0n || n >= 0x110000n) throw pyError(ValueError, 'character mapping must be in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  throw pyError(TypeError, 'character mapping must return integer, None or str');
}

export function strTranslate(s: string, table: PyValue): string {
  let out = '';
  for (const c of s) {
    const r = translateChar(table, c.codePointAt(0)!);
    if (r === undefined) out += c;
    else if (r !== null) out += r;
  }
  return out;
}

function maketrans(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const given = args.length;
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, 'maketrans() takes no keyword arguments');
  if (given < 1) throw pyError(TypeError, 'maketrans expected at least 1 argument, got 0');
  if (given > 3) throw pyError(TypeError, `maketrans expected at most 3 arguments, got ${given}`);
  const table = new HashTable<PyValue>();
  if (given === 1) {
    const d = args[0]!;
    if (!(d instanceof PyDict)) {
      throw pyError(TypeError, 'if you give only one argument to maketrans it must be a dict');
    }
    for (const e of d.table.toArray()) {
      let key = e.key;
      if (typeof key === 'string') {
        if (Array.from(key).length !== 1) {
          throw pyError(ValueError, 'string keys in translate table must be of length 1');
        }
        key = BigInt(key.codePointAt(0)!);
      } else if (typeof key !== 'bigint' && typeof key !== 'boolean') {
        throw pyError(TypeError, 'keys in translate table must be strings or integers');
      }
      table.set(key, e.value);
    }
    return new PyDict(table);
  }
  const [x, y, z] = args;
  if (typeof x !== 'string')
    throw pyError(TypeError, `maketrans() argument 1 must be str, not ${typeOf(x!).name}`);
  if (typeof y !== 'string')
    throw pyError(TypeError, `maketrans() argument 2 must be str, not ${typeOf(y!).name}`);
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (xs.length !== ys.length) {
    throw pyError(ValueError, 'the first two maketrans arguments must have equal length');
  }
  for (let i = 0; i < xs.length; i++)
    table.set(BigInt(xs[i]!.codePointAt(0)!), BigInt(ys[i]!.codePointAt(0)!));
  if (z !== undefined) {
    if (typeof z !== 'string')
      throw pyError(TypeError, `maketrans() argument 3 must be str, not ${typeOf(z).name}`);
    for (const c of z) table.set(BigInt(c.codePointAt(0)!), null);
  }
  return new PyDict(table);
}

/** str.maketrans is a static method: CORE's attribute lookup passes no self for it. */
export const maketransImpl: NativeImpl = maketrans;

function affix(name: 'removeprefix' | 'removesuffix'): NativeImpl {
  return (args, kwargs) => {
    const s = selfStr(name, args);
    exactArgs(`str.${name}`, args, kwargs, 1);
    const a = args[1]!;
    if (typeof a !== 'string')
      throw pyError(TypeError, `${name}() argument must be str, not ${typeOf(a).name}`);
    if (a.length === 0) return s;
    if (name === 'removeprefix') return s.startsWith(a) ? s.slice(a.length) : s;
    return s.endsWith(a) ? s.slice(0, s.length - a.length) : s;
  };
}

export const transformMethods: Record<string, NativeImpl> = {
  replace(args, kwargs) {
    const s = selfStr('replace', args);
    rangeArgsExpected('str.replace', 'replace', args, kwargs, 2, 3);
    const [old, repl] = [args[1]!, args[2]!];
    if (typeof old !== 'string')
      throw pyError(TypeError, `replace() argument 1 must be str, not ${typeOf(old).name}`);
    if (typeof repl !== 'string')
      throw pyError(TypeError, `replace() argument 2 must be str, not ${typeOf(repl).name}`);
    return strReplace(s, old, repl, args[3] === undefined ? -1 : intArg(args[3]));
  },
  translate(args, kwargs) {
    const s = selfStr('translate', args);
    exactArgs('str.translate', args, kwargs, 1);
    // The table is only indexed per character, so any subscriptable value works (and '' never looks).
    return strTranslate(s, args[1]!);
  },
  removeprefix: affix('removeprefix'),
  removesuffix: affix('removesuffix'),
  encode(args, kwargs) {
    const s = selfStr('encode', args);
    const [enc, errors] = bindKw('encode', args, kwargs, ['encoding', 'errors']);
    for (const [i, v] of [enc, errors].entries()) {
      if (v !== undefined && typeof v !== 'string') {
        throw pyError(
          TypeError,
          `encode() argument ${i === 0 ? "'encoding'" : "'errors'"} must be str, not ${typeOf(v).name}`,
        );
      }
    }
    return new PyBytes(
      encodeString(s, (enc as string | undefined) ?? 'utf-8', (errors as string | undefined) ?? 'strict'),
    );
  },
  format(args, kwargs) {
    const s = selfStr('format', args);
    return strFormat(s, args.slice(1), kwargs);
  },
  format_map(args, kwargs) {
    const s = selfStr('format_map', args);
    exactArgs('str.format_map', args, kwargs, 1);
    return strFormatMap(s, args[1]!);
  },
};
