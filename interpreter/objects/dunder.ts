// How the protocols find a value's special methods. Exact builtin values (a plain list, tuple, dict, ...)
// are handled natively without any lookup. Instances of subclasses of those builtins (PyListOf, namedtuples,
// Counter, ...) carry the builtin payload: only methods defined by a non-builtin class in their MRO count,
// and anything else falls back to the native behaviour of the payload.

import {
  PyBytes,
  PyDict,
  PyList,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  type PyObject,
  type PyValue,
} from './values.ts';

/** An exact builtin container or sequence (not a subclass instance). */
export function isNativeValue(v: PyObject): boolean {
  const c = v.constructor;
  return (
    c === PyList ||
    c === PyTuple ||
    c === PyDict ||
    c === PySet ||
    c === PyRange ||
    c === PyBytes ||
    c === PySlice
  );
}

/** A value that carries a builtin payload, exact or subclassed. */
export function hasPayload(v: PyObject): boolean {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet;
}

/** The special method `name` for `v`, or undefined when the default (or native) behaviour applies. */
export function findDunder(v: PyObject, name: string): PyValue | undefined {
  const type = v.pyType();
  if (!hasPayload(v)) return type.lookup(name);
  for (const t of type.mro) {
    if (t.module === 'builtins') return undefined;
    const m = t.dict.get(name);
    if (m !== undefined) return m;
  }
  return undefined;
}
