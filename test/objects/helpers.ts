// Shared helpers for the object-protocol tests: building Python values tersely and running an operation
// to a comparable string (the repr of its result, or `ERR Type: message` for a raised Python exception).

import { strType, bytesType } from '../../interpreter/objects/builtin-types.ts';
import { KeyError, PyError } from '../../interpreter/objects/exceptions.ts';
import { HashTable } from '../../interpreter/objects/hashtable.ts';
import { repr, str } from '../../interpreter/objects/repr.ts';
import '../../interpreter/builtins/str/index.ts';
// The real runtime (CORE's), for the few operations that call back into Python (getattr, __getitem__).
import '../../interpreter/evaluator/install.ts';
import {
  PyBytes,
  PyDict,
  PyList,
  PyNativeFunction,
  PySet,
  PyStaticMethod,
  PyTuple,
  type PyValue,
} from '../../interpreter/objects/values.ts';
import type { PyType } from '../../interpreter/objects/type.ts';

export const T = (...items: PyValue[]): PyTuple => new PyTuple(items);
export const L = (...items: PyValue[]): PyList => new PyList(items);
export const B = (...bytes: number[]): PyBytes => new PyBytes(Uint8Array.from(bytes));

export function D(...pairs: [PyValue, PyValue][]): PyDict {
  const t = new HashTable<PyValue>();
  for (const [k, v] of pairs) t.set(k, v);
  return new PyDict(t);
}

function makeSet(items: PyValue[], frozen: boolean): PySet {
  const t = new HashTable<true>();
  for (const k of items) t.set(k, true);
  return new PySet(t, frozen);
}
export const S = (...items: PyValue[]): PySet => makeSet(items, false);
export const F = (...items: PyValue[]): PySet => makeSet(items, true);

/** The repr of what `fn` returns, or `ERR Type: message` like Python's `type(e).__name__: str(e)`. */
export function outcome(fn: () => PyValue): string {
  try {
    return repr(fn());
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const args = e.exc.args;
    let msg: string;
    if (args.length === 0) msg = '';
    else if (args.length === 1) msg = e.exc.cls === KeyError ? repr(args[0]!) : str(args[0]!);
    else msg = repr(new PyTuple(args));
    return `ERR ${e.exc.cls.name}: ${msg}`;
  }
}

/** Calls a builtin method the way a bound call would: self first. */
export function callMethod(type: PyType, name: string, self: PyValue, ...args: PyValue[]): PyValue {
  let fn = type.dict.get(name);
  if (fn instanceof PyStaticMethod) {
    fn = fn.func;
    if (!(fn instanceof PyNativeFunction)) throw new Error(`${name} is not native`);
    return fn.impl(args, null);
  }
  if (!(fn instanceof PyNativeFunction)) throw new Error(`no native method ${type.name}.${name}`);
  return fn.impl([self, ...args], null);
}

export const strMethod = (name: string, self: PyValue, ...args: PyValue[]): PyValue =>
  callMethod(strType, name, self, ...args);
export const bytesMethod = (name: string, self: PyValue, ...args: PyValue[]): PyValue =>
  callMethod(bytesType, name, self, ...args);
