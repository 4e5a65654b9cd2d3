// repr() and str() for every value, CPython-exact. Builtin types are formatted here directly; user classes
// (and anything else whose type defines __repr__/__str__) are asked through the runtime.

import { PyDictView } from '../builtins/dict-views.ts';
import {
  Ellipsis,
  NotImplemented,
  functionType,
  generatorType,
  objectType,
  typeOf,
} from './builtin-types.ts';
import { findDunder, hasPayload, isNativeValue } from './dunder.ts';
import { TypeError, ValueError, pyError } from './exceptions.ts';
import { floatRepr } from './float-repr.ts';
import { callValue, rt } from './runtime.ts';
import { setOrder } from './set-order.ts';
import { asciiEscape, bytesRepr, strRepr } from './str-repr.ts';
import { PyType } from './type.ts';
import {
  PyBoundMethod,
  PyBytes,
  PyClassMethod,
  PyDict,
  PyInstance,
  PyList,
  PyModule,
  PyNaN,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PyTuple,
  type PyValue,
} from './values.ts';

export { strRepr, bytesRepr, asciiEscape } from './str-repr.ts';

/** CPython 3.11 refuses to convert ints of more than 4300 decimal digits to text. */
const INT_DIGIT_LIMIT = 10n ** 4300n;

/** Decimal strings of small ints, made once: `str(i % 10)` in a loop would otherwise allocate each time. */
const SMALL_INT_STRINGS: string[] = [];
for (let i = -5; i <= 256; i++) SMALL_INT_STRINGS.push(String(i));

export function intToString(n: bigint): string {
  if (n <= 256n && n >= -5n) return SMALL_INT_STRINGS[Number(n) + 5]!;
  if (n >= INT_DIGIT_LIMIT || n <= -INT_DIGIT_LIMIT) {
    throw pyError(
      ValueError,
      'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return n.toString();
}

const addresses = new WeakMap<PyObject, bigint>();
let nextAddress = 0x7f3a5c001040n;

/** A deterministic fake memory address for `<... at 0x...>` reprs and `id()`. */
export function fakeAddress(o: PyObject): bigint {
  let a = addresses.get(o);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x30n;
    addresses.set(o, a);
  }
  return a;
}

function at(o: PyObject): string {
  return '0x' + fakeAddress(o).toString(16);
}

/** Containers currently being printed, so self-references print as `[...]` / `{...}`. */
const active: PyObject[] = [];

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint':
      return intToString(v);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyNaN) return 'nan';
  return objectRepr(v);
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return intToString(v);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyNaN) return 'nan';
  if (!isNativeValue(v)) {
    const method = findDunder(v, '__str__');
    if (method !== undefined && method !== null) {
      const r = callValue(method, [v]);
      if (typeof r !== 'string') {
        throw pyError(TypeError, `__str__ returned non-string (type ${typeOf(r).name})`);
      }
      return r;
    }
  }
  return objectRepr(v);
}

function userRepr(v: PyObject): string | undefined {
  const method = typeOf(v).lookup('__repr__');
  if (method === undefined || method === null) return undefined;
  return callRepr(method, v);
}

function callRepr(method: PyValue, v: PyObject): string {
  const r = callValue(method, [v]);
  if (typeof r !== 'string')
    throw pyError(TypeError, `__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

function objectRepr(v: PyObject): string {
  if (!isNativeValue(v) && hasPayload(v)) {
    const method = findDunder(v, '__repr__');
    if (method !== undefined && method !== null) return callRepr(method, v);
  }
  if (v instanceof PyList) return guarded(v, '[...]', () => '[' + joinReprs(v.items) + ']');
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return guarded(v, '(...)', () => '(' + repr(v.items[0]!) + ',)');
    return guarded(v, '(...)', () => '(' + joinReprs(v.items) + ')');
  }
  if (v instanceof PyDict) return guarded(v, '{...}', () => dictRepr(v));
  if (v instanceof PySet) return guarded(v, v.frozen ? 'frozenset(...)' : 'set(...)', () => setRepr(v));
  if (v instanceof PyInstance) return userRepr(v) ?? defaultRepr(v);
  if (v instanceof PyType) return typeRepr(v);
  if (v instanceof PyRange) {
    const base = `range(${v.start}, ${v.stop}`;
    return v.step === 1n ? base + ')' : `${base}, ${v.step})`;
  }
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyNativeFunction) {
    return v.owner === null
      ? `<built-in function ${v.name}>`
      : `<method '${v.name}' of '${v.owner.name}' objects>`;
  }
  if (v instanceof PyBoundMethod) return boundMethodRepr(v);
  if (v instanceof PyModule) return `<module '${v.name}' (built-in)>`;
  if (v === Ellipsis) return 'Ellipsis';
  if (v === NotImplemented) return 'NotImplemented';
  if (v instanceof PyDictView) return guarded(v.dict, '...', () => dictViewRepr(v));
  if (v instanceof PyStaticMethod) return `<staticmethod(${repr(v.func)})>`;
  if (v instanceof PyClassMethod) return `<classmethod(${repr(v.func)})>`;
  if (v instanceof PyProperty) return `<property object at ${at(v)}>`;
  const type = v.pyType();
  if (type === functionType) return `<function ${qualname(v)} at ${at(v)}>`;
  const r = userRepr(v);
  if (r !== undefined) return r;
  if (type === generatorType) {
    const q = (v as PyObject & { qualname?: unknown }).qualname;
    return `<generator object ${typeof q === 'string' ? q : '?'} at ${at(v)}>`;
  }
  return defaultRepr(v);
}

/** `<class 'int'>`, `<class '__main__.A'>`, `<class '__main__.f.<locals>.B'>` (CPython uses __qualname__). */
export function typeRepr(t: PyType): string {
  if (t.isBuiltin) return `<class '${t.name}'>`;
  const q = t.dict.get('__qualname__');
  return `<class '${t.module}.${typeof q === 'string' ? q : t.name}'>`;
}

function defaultRepr(v: PyObject): string {
  const type = typeOf(v);
  if (type === objectType) return `<object object at ${at(v)}>`;
  return `<${type.reprName} object at ${at(v)}>`;
}

function qualname(fn: PyValue): string {
  const q = rt().getAttrOrUndefined(fn, '__qualname__');
  if (typeof q === 'string') return q;
  const n = rt().getAttrOrUndefined(fn, '__name__');
  return typeof n === 'string' ? n : '?';
}

function boundMethodRepr(m: PyBoundMethod): string {
  const f = m.func;
  if (f instanceof PyNativeFunction) {
    const self = m.self;
    if (self instanceof PyType) return `<built-in method ${f.name} of type object at ${at(self)}>`;
    const selfDesc =
      self instanceof PyModule
        ? `<module '${self.name}' (built-in)>`
        : `${typeOf(self).name} object at ${self instanceof PyObject ? at(self) : '0x7f3a5c000f10'}`;
    return self instanceof PyModule
      ? `<built-in method ${f.name} of module object at ${at(self)}>`
      : `<built-in method ${f.name} of ${selfDesc}>`;
  }
  return `<bound method ${qualname(f)} of ${repr(m.self)}>`;
}

function guarded(o: PyObject, placeholder: string, render: () => string): string {
  if (active.includes(o)) return placeholder;
  active.push(o);
  try {
    return render();
  } finally {
    active.pop();
  }
}

function joinReprs(items: readonly PyValue[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ', ';
    out += repr(items[i]!);
  }
  return out;
}

function dictRepr(d: PyDict): string {
  let out = '{';
  let first = true;
  for (const e of d.table.toArray()) {
    if (!first) out += ', ';
    first = false;
    out += repr(e.key) + ': ' + repr(e.value);
  }
  return out + '}';
}

function setRepr(s: PySet): string {
  const type = s.pyType();
  const exact = isNativeValue(s);
  const name = type.name;
  if (s.table.size === 0) return name + '()';
  const body = '{' + joinReprs(setOrder(s)) + '}';
  return s.frozen || !exact ? `${name}(${body})` : body;
}

function dictViewRepr(v: PyDictView): string {
  const parts: string[] = [];
  for (const e of v.dict.table.toArray()) {
    if (v.kind === 'keys') parts.push(repr(e.key));
    else if (v.kind === 'values') parts.push(repr(e.value));
    else parts.push('(' + repr(e.key) + ', ' + repr(e.value) + ')');
  }
  return `dict_${v.kind}([${parts.join(', ')}])`;
}

/** ascii(): repr with every non-ASCII character escaped. */
export function asciiRepr(v: PyValue): string {
  return asciiEscape(repr(v));
}
