// The iteration protocol: `iter()` / `next()` for every value. Builtin containers get index-based host
// iterators (no generators, no per-step allocation); user classes go through __iter__/__next__ or the old
// __getitem__ sequence protocol. Exhaustion is `undefined`, never a thrown StopIteration, in host code.

import { PyDictView } from '../builtins/dict-views.ts';
import {
  bytesType,
  dictType,
  frozensetType,
  iteratorType,
  listType,
  setType,
  tupleType,
  typeOf,
} from './builtin-types.ts';
import {
  IndexError,
  PyError,
  RuntimeError,
  StopIteration,
  TypeError,
  exceptionMatches,
  pyError,
} from './exceptions.ts';
import { codePointsOf, hasSurrogates } from './code-points.ts';
import { callValue, checkSize } from './runtime.ts';
import { setOrder } from './set-order.ts';
import type { PyType } from './type.ts';
import {
  PyBytes,
  PyDict,
  PyIterator,
  PyList,
  PyNativeFunction,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
} from './values.ts';

const listIteratorType = iteratorType('list_iterator');
const listReverseIteratorType = iteratorType('list_reverseiterator');
const tupleIteratorType = iteratorType('tuple_iterator');
const strAsciiIteratorType = iteratorType('str_ascii_iterator');
const strIteratorType = iteratorType('str_iterator');
const rangeIteratorType = iteratorType('range_iterator');
const longRangeIteratorType = iteratorType('longrange_iterator');
const setIteratorType = iteratorType('set_iterator');
const seqIteratorType = iteratorType('iterator');
const bytesIteratorType = iteratorType('bytes_iterator');
const callableIteratorType = iteratorType('callable_iterator');
const dictIteratorTypes = {
  keys: iteratorType('dict_keyiterator'),
  values: iteratorType('dict_valueiterator'),
  items: iteratorType('dict_itemiterator'),
};
const dictReverseIteratorTypes = {
  keys: iteratorType('dict_reversekeyiterator'),
  values: iteratorType('dict_reversevalueiterator'),
  items: iteratorType('dict_reverseitemiterator'),
};

const ASCII = /^[\x00-\x7f]*$/;

/** `it.__next__()` and `it.__iter__()` for a builtin iterator type (what user code may call directly). */
export function installIteratorMethods(t: PyType): void {
  if (t.dict.has('__next__')) return;
  t.dict.set(
    '__next__',
    new PyNativeFunction(
      '__next__',
      (args) => {
        const v = (args[0] as PyIterator).next();
        if (v === undefined) throw pyError(StopIteration);
        return v;
      },
      t,
    ),
  );
  t.dict.set('__iter__', new PyNativeFunction('__iter__', (args) => args[0]!, t));
}

for (const t of [
  listIteratorType,
  listReverseIteratorType,
  tupleIteratorType,
  strAsciiIteratorType,
  strIteratorType,
  rangeIteratorType,
  longRangeIteratorType,
  setIteratorType,
  seqIteratorType,
  callableIteratorType,
  bytesIteratorType,
  ...Object.values(dictIteratorTypes),
  ...Object.values(dictReverseIteratorTypes),
]) {
  installIteratorMethods(t);
}

export function listIterator(list: PyList): PyIterator {
  let i = 0;
  // Index-based like CPython: appends made while iterating are seen, and the iterator stays exhausted.
  return new PyIterator(listIteratorType, () => {
    const items = list.items;
    if (i < items.length) return items[i++];
    i = Number.MAX_SAFE_INTEGER;
    return undefined;
  });
}

export function listReverseIterator(list: PyList): PyIterator {
  let i = list.items.length - 1;
  return new PyIterator(listReverseIteratorType, () => {
    const items = list.items;
    if (i >= 0 && i < items.length) return items[i--];
    i = -1;
    return undefined;
  });
}

function arrayIterator(type: PyType, items: readonly PyValue[]): PyIterator {
  let i = 0;
  return new PyIterator(type, () => (i < items.length ? items[i++] : undefined));
}

function strIterator(s: string): PyIterator {
  if (hasSurrogates(s)) return arrayIterator(strIteratorType, codePointsOf(s));
  let i = 0;
  return new PyIterator(ASCII.test(s) ? strAsciiIteratorType : strIteratorType, () =>
    i < s.length ? s[i++] : undefined,
  );
}

export function rangeIterator(r: PyRange): PyIterator {
  const { step } = r;
  let n = r.length;
  let cur = r.start;
  const big = r.start > 0x7fffffffffffffffn || r.stop > 0x7fffffffffffffffn || r.start < -0x8000000000000000n;
  return new PyIterator(big ? longRangeIteratorType : rangeIteratorType, () => {
    if (n <= 0n) return undefined;
    n--;
    const v = cur;
    cur += step;
    return v;
  });
}

function entryValue(kind: 'keys' | 'values' | 'items', key: PyValue, value: PyValue): PyValue {
  return kind === 'keys' ? key : kind === 'values' ? value : new PyTuple([key, value]);
}

export function dictIterator(d: PyDict, kind: 'keys' | 'values' | 'items'): PyIterator {
  const table = d.table;
  const size = table.size;
  let remaining = size;
  let i = 0;
  let done = false;
  let broken = false;
  return new PyIterator(dictIteratorTypes[kind], () => {
    if (done) return undefined;
    if (broken || table.size !== size) {
      broken = true;
      throw pyError(RuntimeError, 'dictionary changed size during iteration');
    }
    for (;;) {
      const e = table.entryAt(i++);
      if (e === null) {
        done = true;
        return undefined;
      }
      if (e === undefined) continue;
      if (remaining === 0) {
        broken = true;
        throw pyError(RuntimeError, 'dictionary keys changed during iteration');
      }
      remaining--;
      return entryValue(kind, e.key, e.value);
    }
  });
}

export function dictReverseIterator(d: PyDict, kind: 'keys' | 'values' | 'items'): PyIterator {
  const table = d.table;
  const size = table.size;
  const entries = table.toArray();
  let i = entries.length - 1;
  let done = false;
  return new PyIterator(dictReverseIteratorTypes[kind], () => {
    if (done) return undefined;
    if (table.size !== size) throw pyError(RuntimeError, 'dictionary changed size during iteration');
    if (i < 0) {
      done = true;
      return undefined;
    }
    const e = entries[i--]!;
    return entryValue(kind, e.key, e.value);
  });
}

export function setIterator(s: PySet): PyIterator {
  const table = s.table;
  const size = table.size;
  const order = setOrder(s);
  let i = 0;
  let broken = false;
  let done = false;
  return new PyIterator(setIteratorType, () => {
    if (done) return undefined;
    if (broken || table.size !== size) {
      broken = true;
      throw pyError(RuntimeError, 'Set changed size during iteration');
    }
    if (i >= order.length) {
      done = true;
      return undefined;
    }
    return order[i++];
  });
}

/** A builtin container whose class may be a user subclass overriding __iter__. */
function overridesIter(v: PyObject, base: PyType): boolean {
  const t = v.pyType();
  return t !== base && t.lookup('__iter__') !== base.dict.get('__iter__');
}

function isStopIteration(e: unknown): boolean {
  return e instanceof PyError && exceptionMatches(e.exc, StopIteration);
}

/** Calls a dunder found on the type; natives are invoked directly to skip the generic call machinery. */
export function callDunder(fn: PyValue, self: PyValue, ...args: PyValue[]): PyValue {
  if (fn instanceof PyNativeFunction) return fn.impl([self, ...args], null);
  return callValue(fn, [self, ...args]);
}

function notIterable(v: PyValue): PyError {
  return pyError(TypeError, `'${typeOf(v).name}' object is not iterable`);
}

/** `iter(v)` as used by for loops, unpacking and every builtin consuming an iterable. */
export function getIterator(v: PyValue): PyIterator {
  if (typeof v === 'string') return strIterator(v);
  if (!(v instanceof PyObject)) throw notIterable(v);
  if (v instanceof PyIterator) return v;
  if (v instanceof PyList && !overridesIter(v, listType)) return listIterator(v);
  if (v instanceof PyTuple && !overridesIter(v, tupleType)) return arrayIterator(tupleIteratorType, v.items);
  if (v instanceof PyRange) return rangeIterator(v);
  if (v instanceof PyDict && !overridesIter(v, dictType)) return dictIterator(v, 'keys');
  if (v instanceof PySet && !overridesIter(v, v.frozen ? frozensetType : setType)) return setIterator(v);
  if (v instanceof PyDictView) return dictIterator(v.dict, v.kind);
  if (v instanceof PyBytes && v.pyType() === bytesType) {
    const data = v.data;
    let i = 0;
    return new PyIterator(bytesIteratorType, () => (i < data.length ? BigInt(data[i++]!) : undefined));
  }
  return protocolIterator(v);
}

/** __iter__ / __next__ (or __getitem__) on any other object, wrapped as a host iterator. */
function protocolIterator(v: PyObject): PyIterator {
  const t = v.pyType();
  const iterFn = t.lookup('__iter__');
  if (iterFn === null) throw notIterable(v);
  if (iterFn !== undefined) {
    const it = callDunder(iterFn, v);
    if (it instanceof PyIterator) return it;
    const nextFn = typeOf(it).lookup('__next__');
    if (nextFn === undefined || nextFn === null) {
      throw pyError(TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return new PyIterator(typeOf(it), () => {
      try {
        return callDunder(nextFn, it);
      } catch (e) {
        if (isStopIteration(e)) return undefined;
        throw e;
      }
    });
  }
  const getItemFn = t.lookup('__getitem__');
  if (getItemFn === undefined || getItemFn === null) throw notIterable(v);
  let i = 0n;
  let done = false;
  return new PyIterator(seqIteratorType, () => {
    if (done) return undefined;
    try {
      return callDunder(getItemFn, v, i++);
    } catch (e) {
      if (
        e instanceof PyError &&
        (exceptionMatches(e.exc, IndexError) || exceptionMatches(e.exc, StopIteration))
      ) {
        done = true;
        return undefined;
      }
      throw e;
    }
  });
}

/** `iter(callable, sentinel)`. */
export function callableIterator(
  fn: PyValue,
  sentinel: PyValue,
  eq: (a: PyValue, b: PyValue) => boolean,
): PyIterator {
  let done = false;
  return new PyIterator(callableIteratorType, () => {
    if (done) return undefined;
    const v = callValue(fn, []);
    if (eq(v, sentinel)) {
      done = true;
      return undefined;
    }
    return v;
  });
}

/** One step of `next(it)`; undefined when exhausted. Accepts user iterators (objects with __next__). */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator) return it.next();
  const nextFn = typeOf(it).lookup('__next__');
  if (nextFn === undefined || nextFn === null) {
    throw pyError(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  }
  try {
    return callDunder(nextFn, it);
  } catch (e) {
    if (isStopIteration(e)) return undefined;
    throw e;
  }
}

/** Materializes any iterable into a fresh host array. */
export function toArray(v: PyValue): PyValue[] {
  if (typeof v === 'string') return hasSurrogates(v) ? Array.from(v) : v.split('');
  if (v instanceof PyList && !overridesIter(v, listType)) return v.items.slice();
  if (v instanceof PyTuple && !overridesIter(v, tupleType)) return v.items.slice();
  if (v instanceof PyRange) {
    const n = v.length;
    checkSize(n);
    const out: PyValue[] = new Array(Number(n));
    let cur = v.start;
    for (let i = 0; i < out.length; i++, cur += v.step) out[i] = cur;
    return out;
  }
  if (v instanceof PyDict && !overridesIter(v, dictType)) {
    const out: PyValue[] = [];
    for (const e of v.table) out.push(e.key);
    return out;
  }
  if (v instanceof PySet && !overridesIter(v, v.frozen ? frozensetType : setType)) return setOrder(v).slice();
  const it = getIterator(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) {
    out.push(x);
    if ((out.length & 0xffff) === 0) checkSize(out.length);
  }
  return out;
}

/** Calls `fn` for each element; stops early when it returns true. */
export function forEach(v: PyValue, fn: (x: PyValue) => boolean | void): void {
  if (v instanceof PyList && !overridesIter(v, listType)) {
    for (let i = 0; i < v.items.length; i++) if (fn(v.items[i]!) === true) return;
    return;
  }
  const it = getIterator(v);
  for (let x = it.next(); x !== undefined; x = it.next()) if (fn(x) === true) return;
}
