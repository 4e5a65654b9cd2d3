// Rich comparison: `<`, `<=`, `==`, `!=`, `>`, `>=` with CPython's protocol (reflected methods, subclass
// priority, NotImplemented, identity fallback for equality) and exact TypeError messages.

import { NotImplemented, typeOf } from './builtin-types.ts';
import { TypeError, pyError } from './exceptions.ts';
import { itemEq, pyEq } from './equality.ts';
import { compareIntFloat } from './int-math.ts';
import { callValue } from './runtime.ts';
import { truthy } from './truth.ts';
import { findDunder, hasPayload, isNativeValue } from './dunder.ts';
import {
  PyBytes,
  PyDict,
  PyList,
  PyNaN,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  unboxNaN,
  type PyObject,
  type PyValue,
} from './values.ts';

export type CompareOp = '<' | '<=' | '==' | '!=' | '>' | '>=';

const REFLECTED: Record<CompareOp, CompareOp> = {
  '<': '>',
  '<=': '>=',
  '==': '==',
  '!=': '!=',
  '>': '<',
  '>=': '<=',
};
const DUNDER: Record<CompareOp, string> = {
  '<': '__lt__',
  '<=': '__le__',
  '==': '__eq__',
  '!=': '__ne__',
  '>': '__gt__',
  '>=': '__ge__',
};

export { isNativeValue } from './dunder.ts';

function isNative(v: PyValue): boolean {
  return v === null || typeof v !== 'object' || isNativeValue(v);
}

/** Applies `op` to a three-way result (NaN: unordered). */
function applyOp(op: CompareOp, c: number): boolean {
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** Three-way numeric comparison of int/float/bool values; undefined when either is not a number. */
function numericCompare(a: PyValue, b: PyValue): number | undefined {
  if (typeof a === 'boolean') a = a ? 1n : 0n;
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (typeof a === 'bigint') {
    if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    if (typeof b === 'number') return compareIntFloat(a, b);
    return undefined;
  }
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
    if (typeof b === 'bigint') return -compareIntFloat(b, a);
  }
  return undefined;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Compares two strings by code point. JS compares UTF-16 units, which agrees unless a surrogate meets a
 * unit in U+E000..U+FFFF at the first difference, so the native comparison serves surrogate-free strings.
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const surrogateX = x >= 0xd800 && x < 0xe000;
      const surrogateY = y >= 0xd800 && y < 0xe000;
      if (surrogateX !== surrogateY) return surrogateX ? 1 : -1;
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length === b.length ? 0 : 1;
}

function sequenceCompare(op: CompareOp, a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if ((op === '==' || op === '!=') && a.length !== b.length) return op === '!=';
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (!itemEq(x, y)) {
      if (op === '==') return false;
      if (op === '!=') return true;
      return compareBool(op, x, y);
    }
  }
  return applyOp(op, a.length - b.length);
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const e of a.table) if (!b.table.has(e.key)) return false;
  return true;
}

function setCompare(op: CompareOp, a: PySet, b: PySet): boolean {
  const sa = a.table.size;
  const sb = b.table.size;
  switch (op) {
    case '==':
      return sa === sb && isSubset(a, b);
    case '!=':
      return !(sa === sb && isSubset(a, b));
    case '<=':
      return isSubset(a, b);
    case '<':
      return sa < sb && isSubset(a, b);
    case '>=':
      return isSubset(b, a);
    case '>':
      return sb < sa && isSubset(b, a);
  }
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  for (const e of a.table.toArray()) {
    const other = b.table.getEntry(e.key);
    if (other === undefined || !itemEq(e.value, other.value)) return false;
  }
  return true;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0n) return true;
  if (a.start !== b.start) return false;
  return n === 1n || a.step === b.step;
}

function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Comparison between builtin values; undefined means NotImplemented. */
export function builtinCompare(op: CompareOp, a: PyValue, b: PyValue): boolean | undefined {
  const c = numericCompare(a, b);
  if (c !== undefined) return applyOp(op, c);
  if (typeof a === 'string') {
    if (typeof b !== 'string') return undefined;
    return applyOp(op, compareStrings(a, b));
  }
  if (a instanceof PyList) return b instanceof PyList ? sequenceCompare(op, a.items, b.items) : undefined;
  if (a instanceof PyTuple) return b instanceof PyTuple ? sequenceCompare(op, a.items, b.items) : undefined;
  if (a instanceof PySet) return b instanceof PySet ? setCompare(op, a, b) : undefined;
  if (op !== '==' && op !== '!=') {
    if (a instanceof PyBytes && b instanceof PyBytes) return applyOp(op, bytesCompare(a.data, b.data));
    return undefined;
  }
  let eq: boolean;
  if (a instanceof PyDict && b instanceof PyDict) eq = dictEq(a, b);
  else if (a instanceof PyRange && b instanceof PyRange) eq = rangeEq(a, b);
  else if (a instanceof PyBytes && b instanceof PyBytes) eq = bytesCompare(a.data, b.data) === 0;
  else if (a instanceof PySlice && b instanceof PySlice) {
    eq = sequenceCompare('==', [a.start, a.stop, a.step], [b.start, b.stop, b.step]);
  } else return undefined;
  return op === '==' ? eq : !eq;
}

/** One side's comparison method: the builtin implementation or the type's dunder. */
function trySide(op: CompareOp, x: PyValue, y: PyValue): PyValue {
  if (isNative(x)) {
    const r = builtinCompare(op, x, y);
    return r === undefined ? NotImplemented : r;
  }
  const obj = x as PyObject;
  const method = findDunder(obj, DUNDER[op]);
  if (method !== undefined && method !== null) return callValue(method, [x, y]);
  // object.__ne__ inverts __eq__ unless that is NotImplemented. A program's subclass of a builtin container
  // inherits the container's own __ne__ instead (stdlib subclasses such as Counter invert their __eq__).
  if (op === '!=' && !(hasPayload(obj) && definesEqInProgram(obj))) {
    const eq = findDunder(obj, '__eq__');
    if (eq !== undefined && eq !== null) {
      const r = callValue(eq, [x, y]);
      return r === NotImplemented ? r : !truthy(r);
    }
  }
  if (hasPayload(obj)) {
    const r = builtinCompare(op, x, y);
    return r === undefined ? NotImplemented : r;
  }
  return NotImplemented;
}

function definesEqInProgram(obj: PyObject): boolean {
  for (const t of obj.pyType().mro) if (t.dict.has('__eq__')) return t.module === '__main__';
  return false;
}

export function richCompare(op: CompareOp, a: PyValue, b: PyValue): PyValue {
  if (isNative(a) && isNative(b)) {
    const r = builtinCompare(op, a, b);
    if (r !== undefined) return r;
    return fallback(op, a, b);
  }
  if (a instanceof PyNaN || b instanceof PyNaN) return richCompare(op, unboxNaN(a), unboxNaN(b));
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflected = REFLECTED[op];
  let reflectedTried = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && findDunder(b as PyObject, DUNDER[reflected]) !== undefined) {
    reflectedTried = true;
    const r = trySide(reflected, b, a);
    if (r !== NotImplemented) return r;
  }
  const r = trySide(op, a, b);
  if (r !== NotImplemented) return r;
  if (!reflectedTried) {
    const r2 = trySide(reflected, b, a);
    if (r2 !== NotImplemented) return r2;
  }
  return fallback(op, a, b);
}

function fallback(op: CompareOp, a: PyValue, b: PyValue): boolean {
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  throw pyError(
    TypeError,
    `'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
}

export function compareBool(op: CompareOp, a: PyValue, b: PyValue): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return applyOp(op, a < b ? -1 : a > b ? 1 : 0);
  if (typeof a === 'number' && typeof b === 'number') {
    return applyOp(op, a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN);
  }
  if (typeof a === 'string' && typeof b === 'string') return applyOp(op, compareStrings(a, b));
  if (op === '==') return pyEq(a, b);
  return truthy(richCompare(op, a, b));
}

/** `a < b` as sort(), min(), max(), heapq and bisect use it. */
export function pyLt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b) < 0;
  return truthy(richCompare('<', a, b));
}
