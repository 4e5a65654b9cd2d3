// Truth value testing: bool(x) for every value, user __bool__ and __len__ included.

import { typeOf } from './builtin-types.ts';
import { TypeError, ValueError, pyError } from './exceptions.ts';
import { findDunder } from './dunder.ts';
import { callValue } from './runtime.ts';
import {
  PyBytes,
  PyDict,
  PyList,
  PyNaN,
  PyRange,
  PySet,
  PyTuple,
  type PyObject,
  type PyValue,
} from './values.ts';

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v instanceof PyNaN) return true;
  if (v instanceof PyList)
    return v.constructor === PyList || !customTruth(v) ? v.items.length > 0 : objectTruth(v);
  if (v instanceof PyTuple)
    return v.constructor === PyTuple || !customTruth(v) ? v.items.length > 0 : objectTruth(v);
  if (v instanceof PyDict)
    return v.constructor === PyDict || !customTruth(v) ? v.table.size > 0 : objectTruth(v);
  if (v instanceof PySet)
    return v.constructor === PySet || !customTruth(v) ? v.table.size > 0 : objectTruth(v);
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyBytes) return v.data.length > 0;
  return objectTruth(v);
}

/** A subclass of a builtin container that defines __bool__ or __len__ itself. */
function customTruth(v: PyObject): boolean {
  return findDunder(v, '__bool__') !== undefined || findDunder(v, '__len__') !== undefined;
}

function objectTruth(v: PyObject): boolean {
  const type = typeOf(v);
  const bool = type.lookup('__bool__');
  if (bool !== undefined && bool !== null) {
    const r = callValue(bool, [v]);
    if (typeof r !== 'boolean')
      throw pyError(TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const len = type.lookup('__len__');
  if (len !== undefined && len !== null) {
    let n = callValue(len, [v]);
    if (typeof n === 'boolean') n = n ? 1n : 0n;
    if (typeof n !== 'bigint') {
      throw pyError(TypeError, `'${typeOf(n).name}' object cannot be interpreted as an integer`);
    }
    if (n < 0n) throw pyError(ValueError, '__len__() should return >= 0');
    return n > 0n;
  }
  return true;
}
