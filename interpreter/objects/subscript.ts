// Subscripts (`x[i]`, `x[a:b:c]`, assignment and deletion), membership (`in`) and len() for every builtin
// container, with user classes reached through __getitem__/__setitem__/__delitem__/__contains__/__len__.

import { PyDictView } from '../builtins/dict-views.ts';
import { bytesType, dictType, frozensetType, listType, setType, tupleType, typeOf } from './builtin-types.ts';
import { codePointsOf, cpLength, hasSurrogates } from './code-points.ts';
import { pyEq } from './equality.ts';
import {
  IndexError,
  KeyError,
  PyError,
  OverflowError,
  TypeError,
  ValueError,
  pyError,
} from './exceptions.ts';
import { callDunder, toArray } from './iteration.ts';
import { checkSize } from './runtime.ts';
import { PyType } from './type.ts';
import {
  PyBytes,
  PyDict,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type PyValue,
} from './values.ts';

/** True when `v`'s class is the builtin `base` or a subclass that does not override `dunder`. */
export function usesBuiltin(v: PyObject, base: PyType, dunder: string): boolean {
  const t = v.pyType();
  return t === base || t.lookup(dunder) === base.dict.get(dunder);
}

/** The integer value of an index-like value (int, bool, or an object with __index__), or undefined. */
export function asIndex(v: PyValue): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (v instanceof PyObject) {
    const fn = v.pyType().lookup('__index__');
    if (fn !== undefined && fn !== null) {
      const r = callDunder(fn, v);
      if (typeof r === 'bigint') return r;
      if (typeof r === 'boolean') return r ? 1n : 0n;
      throw pyError(TypeError, `__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
  return undefined;
}

/** `operator.index(v)` with CPython's message for values that are not integers. */
export function requireIndex(v: PyValue): bigint {
  const i = asIndex(v);
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

const MAX_SSIZE = 0x7fffffffffffffffn;

/** A bigint index as a host number; out-of-machine-range values fail like CPython's ssize_t conversion. */
function ssize(i: bigint): number {
  if (i > MAX_SSIZE || i < -MAX_SSIZE - 1n) {
    throw pyError(IndexError, "cannot fit 'int' into an index-sized integer");
  }
  return Number(i);
}

/** A slice bound clamped into host range (CPython clamps slice bounds to ssize_t). */
function sliceBound(v: PyValue): number | null {
  if (v === null) return null;
  const i = asIndex(v);
  if (i === undefined) {
    throw pyError(TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  if (i > 0x1fffffffffffffn) return Number.MAX_SAFE_INTEGER;
  if (i < -0x1fffffffffffffn) return -Number.MAX_SAFE_INTEGER;
  return Number(i);
}

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  /** Number of elements the slice selects. */
  count: number;
}

/** `slice.indices(length)` plus the slice length, exactly as CPython's PySlice_AdjustIndices. */
export function normalizeSlice(slice: PySlice, length: number): SliceIndices {
  let step = sliceBound(slice.step) ?? 1;
  if (step === 0) throw pyError(ValueError, 'slice step cannot be zero');
  if (step < -Number.MAX_SAFE_INTEGER) step = -Number.MAX_SAFE_INTEGER;
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clamp = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) {
      v += length;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(sliceBound(slice.start), step < 0 ? upper : lower);
  const stop = clamp(sliceBound(slice.stop), step < 0 ? lower : upper);
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, count };
}

function sliceArray<T>(items: readonly T[], slice: PySlice): T[] {
  const { start, step, count } = normalizeSlice(slice, items.length);
  if (step === 1) return items.slice(start, start + count);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j]!;
  return out;
}

function sliceString(s: string, slice: PySlice): string {
  if (hasSurrogates(s)) return sliceArray(codePointsOf(s), slice).join('');
  const { start, step, count } = normalizeSlice(slice, s.length);
  if (step === 1) return s.slice(start, start + count);
  let out = '';
  for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
  return out;
}

/** Position `key` in a sequence of `length`, or -1 when out of range. */
function seqIndex(key: bigint, length: number): number {
  let i = ssize(key);
  if (i < 0) i += length;
  return i >= 0 && i < length ? i : -1;
}

function notIndex(kind: string, key: PyValue): never {
  throw pyError(TypeError, `${kind} indices must be integers or slices, not ${typeOf(key).name}`);
}

export function rangeItem(r: PyRange, i: bigint): bigint {
  const n = r.length;
  if (i < 0n) i += n;
  if (i < 0n || i >= n) throw pyError(IndexError, 'range object index out of range');
  return r.start + i * r.step;
}

function rangeSlice(r: PyRange, slice: PySlice): PyRange {
  // Ranges can exceed host numbers, so this slice arithmetic runs in bigints.
  const n = r.length;
  const big = (v: PyValue): bigint | null => {
    if (v === null) return null;
    const i = asIndex(v);
    if (i === undefined) {
      throw pyError(TypeError, 'slice indices must be integers or None or have an __index__ method');
    }
    return i;
  };
  const step = big(slice.step) ?? 1n;
  if (step === 0n) throw pyError(ValueError, 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? n - 1n : n;
  const clamp = (v: bigint | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    if (v < 0n) {
      v += n;
      return v < lower ? lower : v;
    }
    return v > upper ? upper : v;
  };
  const start = clamp(big(slice.start), step < 0n ? upper : lower);
  const stop = clamp(big(slice.stop), step < 0n ? lower : upper);
  return new PyRange(r.start + start * r.step, r.start + stop * r.step, r.step * step);
}

/**
 * `obj[key]`. Exact lists and dicts are tried first, in a function small enough for the JIT to inline
 * into hot loops: their type is fixed, so the common hit needs no __getitem__ lookup.
 */
export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList && typeof key === 'bigint' && obj.constructor === PyList) {
    const items = obj.items;
    let i = Number(key);
    if (i < 0) i += items.length;
    if (i >= 0 && i < items.length) return items[i]!;
  } else if (obj instanceof PyDict && obj.constructor === PyDict) {
    const v = obj.table.get(key);
    if (v !== undefined) return v;
  }
  return getItemGeneral(obj, key);
}

function getItemGeneral(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList && usesBuiltin(obj, listType, '__getitem__')) {
    const items = obj.items;
    if (typeof key === 'bigint') {
      let i = key < 0n ? Number(key) + items.length : Number(key);
      if (key > MAX_SSIZE || key < -MAX_SSIZE - 1n) i = ssize(key);
      if (i >= 0 && i < items.length) return items[i]!;
      throw pyError(IndexError, 'list index out of range');
    }
    if (key instanceof PySlice) return new PyList(sliceArray(items, key));
    const i = asIndex(key);
    if (i === undefined) notIndex('list', key);
    const j = seqIndex(i, items.length);
    if (j < 0) throw pyError(IndexError, 'list index out of range');
    return items[j]!;
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) return sliceString(obj, key);
    const i = asIndex(key);
    if (i === undefined)
      throw pyError(TypeError, `string indices must be integers, not '${typeOf(key).name}'`);
    if (hasSurrogates(obj)) {
      const points = codePointsOf(obj);
      const k = seqIndex(i, points.length);
      if (k < 0) throw pyError(IndexError, 'string index out of range');
      return points[k]!;
    }
    const j = seqIndex(i, obj.length);
    if (j < 0) throw pyError(IndexError, 'string index out of range');
    return obj[j]!;
  }
  if (obj instanceof PyDict && usesBuiltin(obj, dictType, '__getitem__')) {
    const v = obj.table.get(key);
    if (v !== undefined) return v;
    if (obj.pyType() !== dictType) {
      const missing = obj.pyType().lookup('__missing__');
      if (missing !== undefined && missing !== null) return callDunder(missing, obj, key);
    }
    throw pyError(KeyError, key);
  }
  if (obj instanceof PyTuple && usesBuiltin(obj, tupleType, '__getitem__')) {
    if (key instanceof PySlice) {
      if (key.start === null && key.stop === null && key.step === null && obj.pyType() === tupleType)
        return obj;
      return new PyTuple(sliceArray(obj.items, key));
    }
    const i = asIndex(key);
    if (i === undefined) notIndex('tuple', key);
    const j = seqIndex(i, obj.items.length);
    if (j < 0) throw pyError(IndexError, 'tuple index out of range');
    return obj.items[j]!;
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) return rangeSlice(obj, key);
    const i = asIndex(key);
    if (i === undefined) notIndex('range', key);
    return rangeItem(obj, i);
  }
  if (obj instanceof PyBytes && usesBuiltin(obj, bytesType, '__getitem__')) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray(Array.from(obj.data), key)));
    const i = asIndex(key);
    if (i === undefined) notIndex('byte', key);
    const j = seqIndex(i, obj.data.length);
    if (j < 0) throw pyError(IndexError, 'index out of range');
    return BigInt(obj.data[j]!);
  }
  if (obj instanceof PyObject && !(obj instanceof PyDictView)) {
    const fn = obj.pyType().lookup('__getitem__');
    if (fn !== undefined && fn !== null) return callDunder(fn, obj, key);
    if (obj instanceof PyType) {
      const cgi = obj.lookup('__class_getitem__');
      if (cgi !== undefined && cgi !== null) return callDunder(cgi, obj, key);
    }
  }
  throw pyError(TypeError, `'${typeOf(obj).name}' object is not subscriptable`);
}

function assignSlice(list: PyList, slice: PySlice, value: PyValue): void {
  const items = list.items;
  const { start, stop, step, count } = normalizeSlice(slice, items.length);
  let src: PyValue[];
  try {
    src = value === list ? items.slice() : toArray(value);
  } catch (e) {
    if (e instanceof PyError && isNotIterableError(e, value)) {
      throw pyError(
        TypeError,
        step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice',
      );
    }
    throw e;
  }
  if (step === 1) {
    const end = stop < start ? start : stop;
    checkSize(items.length - (end - start) + src.length);
    items.splice(start, end - start, ...src);
    return;
  }
  if (src.length !== count) {
    throw pyError(
      ValueError,
      `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += step) items[j] = src[i]!;
}

function isNotIterableError(e: PyError, value: PyValue): boolean {
  return e.exc.args[0] === `'${typeOf(value).name}' object is not iterable`;
}

function deleteSlice(list: PyList, slice: PySlice): void {
  const items = list.items;
  const { start, step, count } = normalizeSlice(slice, items.length);
  if (count === 0) return;
  if (step === 1) {
    items.splice(start, count);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
  let w = 0;
  for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r]!;
  items.length = w;
}

/** `obj[key] = value`, with exact dicts and lists first, as in getItem. */
export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyDict && obj.constructor === PyDict) {
    obj.table.set(key, value);
    return;
  }
  if (obj instanceof PyList && typeof key === 'bigint' && obj.constructor === PyList) {
    const items = obj.items;
    let i = Number(key);
    if (i < 0) i += items.length;
    if (i >= 0 && i < items.length) {
      items[i] = value;
      return;
    }
  }
  setItemGeneral(obj, key, value);
}

function setItemGeneral(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyList && usesBuiltin(obj, listType, '__setitem__')) {
    if (key instanceof PySlice) return assignSlice(obj, key, value);
    const i = asIndex(key);
    if (i === undefined) notIndex('list', key);
    const j = seqIndex(i, obj.items.length);
    if (j < 0) throw pyError(IndexError, 'list assignment index out of range');
    obj.items[j] = value;
    return;
  }
  if (obj instanceof PyDict && usesBuiltin(obj, dictType, '__setitem__')) {
    obj.table.set(key, value);
    return;
  }
  if (obj instanceof PyObject) {
    const fn = obj.pyType().lookup('__setitem__');
    if (fn !== undefined && fn !== null) {
      callDunder(fn, obj, key, value);
      return;
    }
  }
  throw pyError(TypeError, `'${typeOf(obj).name}' object does not support item assignment`);
}

export function delItem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList && usesBuiltin(obj, listType, '__delitem__')) {
    if (key instanceof PySlice) return deleteSlice(obj, key);
    const i = asIndex(key);
    if (i === undefined) notIndex('list', key);
    const j = seqIndex(i, obj.items.length);
    if (j < 0) throw pyError(IndexError, 'list assignment index out of range');
    obj.items.splice(j, 1);
    return;
  }
  if (obj instanceof PyDict && usesBuiltin(obj, dictType, '__delitem__')) {
    if (obj.table.delete(key) === undefined) throw pyError(KeyError, key);
    return;
  }
  if (obj instanceof PyObject) {
    const fn = obj.pyType().lookup('__delitem__');
    if (fn !== undefined && fn !== null) {
      callDunder(fn, obj, key);
      return;
    }
  }
  throw pyError(TypeError, `'${typeOf(obj).name}' object doesn't support item deletion`);
}

/** Identity first, then `==`, as CPython's PySequence_Contains and list.index/count/remove do. */
export function sameOrEqual(a: PyValue, b: PyValue): boolean {
  return a === b || pyEq(a, b);
}

export { contains } from '../builtins/membership.ts';

/** `len(v)`. */
export function pyLen(v: PyValue): number {
  if (typeof v === 'string') return cpLength(v);
  if (v instanceof PyList && usesBuiltin(v, listType, '__len__')) return v.items.length;
  if (v instanceof PyTuple && usesBuiltin(v, tupleType, '__len__')) return v.items.length;
  if (v instanceof PyDict && usesBuiltin(v, dictType, '__len__')) return v.table.size;
  if (v instanceof PySet && usesBuiltin(v, v.frozen ? frozensetType : setType, '__len__'))
    return v.table.size;
  if (v instanceof PyRange) {
    const n = v.length;
    if (n > MAX_SSIZE) throw pyError(OverflowError, 'Python int too large to convert to C ssize_t');
    return Number(n);
  }
  if (v instanceof PyDictView) return v.dict.table.size;
  if (v instanceof PyBytes && usesBuiltin(v, bytesType, '__len__')) return v.data.length;
  if (v instanceof PyObject) {
    const fn = v.pyType().lookup('__len__');
    if (fn !== undefined && fn !== null) {
      const r = callDunder(fn, v);
      const n = asIndex(r);
      if (n === undefined) {
        throw pyError(TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`);
      }
      if (n < 0n) throw pyError(ValueError, '__len__() should return >= 0');
      if (n > MAX_SSIZE) throw pyError(OverflowError, "cannot fit 'int' into an index-sized integer");
      return Number(n);
    }
  }
  throw pyError(TypeError, `object of type '${typeOf(v).name}' has no len()`);
}
