// CPython splits construction into __new__ (allocate) and __init__ (fill). Our builtin types fill in
// __new__ already when the class is exactly the builtin (so a call needs one step); if __init__ is then
// called with the very same arguments (type.__call__ semantics), it must not fill a second time.

import { callValue } from '../objects/runtime.ts';
import type { PyType } from '../objects/type.ts';
import type { Kwargs, PyObject, PyValue } from '../objects/values.ts';

const prefilled = new WeakMap<PyObject, readonly PyValue[]>();

/** Records that `obj` was filled by __new__ from `args` (the arguments after the class). */
export function markPrefilled(obj: PyObject, args: readonly PyValue[]): void {
  prefilled.set(obj, args);
}

/** True (once) when __init__ is called with exactly the arguments __new__ already used. */
export function consumePrefilled(obj: PyObject, args: readonly PyValue[]): boolean {
  const before = prefilled.get(obj);
  if (before === undefined) return false;
  prefilled.delete(obj);
  return before.length === args.length && before.every((v, i) => v === args[i]);
}

/**
 * A new instance of a user subclass of a builtin container. When the subclass keeps the builtin __init__,
 * the instance is filled right away (and marked, so a later __init__ call with the same arguments is a
 * no-op); a subclass with its own __init__ gets an empty instance, as CPython's __new__ gives it.
 */
export function newSubclassInstance<T extends PyObject>(
  obj: T,
  base: PyType,
  args: PyValue[],
  kwargs: Kwargs | null,
): T {
  const init = base.dict.get('__init__');
  if (init !== undefined && obj.pyType().lookup('__init__') === init) {
    callValue(init, [obj, ...args.slice(1)], kwargs);
    markPrefilled(obj, args.slice(1));
  }
  return obj;
}
