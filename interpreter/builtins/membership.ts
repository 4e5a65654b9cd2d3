// Membership (`x in container`) for every builtin container, user __contains__, and the iteration fallback.

import { PyDictView } from './dict-views.ts';
import {
  bytesType,
  dictType,
  frozensetType,
  listType,
  setType,
  tupleType,
  typeOf,
} from '../objects/builtin-types.ts';
import { pyEq } from '../objects/equality.ts';
import { TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { callDunder, getIterator } from '../objects/iteration.ts';
import { asIndex, sameOrEqual, usesBuiltin } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import {
  PyBytes,
  PyDict,
  PyIterator,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  type PyValue,
} from '../objects/values.ts';

/** Hash-table lookups accept a set where a frozenset key is stored (`{1} in {frozenset({1})}`). */
function tableKey(item: PyValue): PyValue {
  return item instanceof PySet && !item.frozen ? new PySet(item.table, true) : item;
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw pyError(TypeError, `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    }
    return container.includes(item);
  }
  if (container instanceof PyList && usesBuiltin(container, listType, '__contains__')) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (sameOrEqual(items[i]!, item)) return true;
    return false;
  }
  if (container instanceof PyDict && usesBuiltin(container, dictType, '__contains__')) {
    return container.table.has(tableKey(item));
  }
  if (
    container instanceof PySet &&
    usesBuiltin(container, container.frozen ? frozensetType : setType, '__contains__')
  ) {
    return container.table.has(tableKey(item));
  }
  if (container instanceof PyTuple && usesBuiltin(container, tupleType, '__contains__')) {
    for (const x of container.items) if (sameOrEqual(x, item)) return true;
    return false;
  }
  if (container instanceof PyRange) return rangeContains(container, item);
  if (container instanceof PyDictView) return viewContains(container, item);
  if (container instanceof PyBytes && usesBuiltin(container, bytesType, '__contains__')) {
    return bytesContains(container, item);
  }
  if (container instanceof PyObject) {
    const fn = container.pyType().lookup('__contains__');
    if (fn !== undefined && fn !== null) return truthy(callDunder(fn, container, item));
    const t = container.pyType();
    if (container instanceof PyIterator || t.lookup('__iter__') != null || t.lookup('__getitem__') != null) {
      const it = getIterator(container);
      for (let x = it.next(); x !== undefined; x = it.next()) if (sameOrEqual(x, item)) return true;
      return false;
    }
  }
  throw pyError(TypeError, `argument of type '${typeOf(container).name}' is not iterable`);
}

function rangeContains(r: PyRange, item: PyValue): boolean {
  if (typeof item === 'bigint' || typeof item === 'boolean') {
    const v = typeof item === 'bigint' ? item : item ? 1n : 0n;
    if (r.step > 0n ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
    return (v - r.start) % r.step === 0n;
  }
  const it = getIterator(r);
  for (let x = it.next(); x !== undefined; x = it.next()) if (pyEq(x, item)) return true;
  return false;
}

function viewContains(view: PyDictView, item: PyValue): boolean {
  const table = view.dict.table;
  if (view.kind === 'keys') return table.has(tableKey(item));
  if (view.kind === 'items') {
    if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
    const v = table.get(item.items[0]!);
    return v !== undefined && sameOrEqual(v, item.items[1]!);
  }
  for (const e of table) if (sameOrEqual(e.value, item)) return true;
  return false;
}

function bytesContains(b: PyBytes, item: PyValue): boolean {
  const i = asIndex(item);
  if (i !== undefined) {
    if (i < 0n || i > 255n) throw pyError(ValueError, 'byte must be in range(0, 256)');
    return b.data.includes(Number(i));
  }
  if (!(item instanceof PyBytes)) {
    throw pyError(TypeError, `a bytes-like object is required, not '${typeOf(item).name}'`);
  }
  const hay = b.data;
  const needle = item.data;
  outer: for (let s = 0; s + needle.length <= hay.length; s++) {
    for (let k = 0; k < needle.length; k++) if (hay[s + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
