// The special methods of list, tuple, dict, set and frozenset as attributes (`super().__getitem__(k)`,
// `dict.__setitem__(self, k, v)`, `x.__repr__()`). The protocols handle these types natively and the type
// objects do not carry most of their dunders, so they are made here on demand: each runs the builtin
// behaviour on a plain view of its payload (sharing the items or table), which bypasses the overrides of a
// subclass instance the way CPython's slot functions do.

import { nativeFunction } from '../builtins/define.ts';
import { binaryOp, inplaceOp, type BinaryOp } from '../objects/arithmetic.ts';
import {
  NotImplemented,
  dictType,
  frozensetType,
  listType,
  setType,
  tupleType,
  typeOf,
} from '../objects/builtin-types.ts';
import { richCompare, type CompareOp } from '../objects/compare.ts';
import { isNativeValue } from '../objects/dunder.ts';
import { pyHash } from '../objects/hash.ts';
import { getIterator } from '../objects/iteration.ts';
import { repr } from '../objects/repr.ts';
import { callValue } from '../objects/runtime.ts';
import { contains, delItem, getItem, pyLen, setItem } from '../objects/subscript.ts';
import type { PyType } from '../objects/type.ts';
import {
  PyDict,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  type NativeImpl,
  type PyNativeFunction,
  type PyValue,
} from '../objects/values.ts';

/** The exact builtin value sharing `v`'s payload (v itself when it is one already). */
function plain(v: PyValue): PyValue {
  if (!(v instanceof PyObject) || isNativeValue(v)) return v;
  if (v instanceof PyList) return new PyList(v.items);
  if (v instanceof PyTuple) return new PyTuple(v.items);
  if (v instanceof PyDict) return new PyDict(v.table);
  if (v instanceof PySet) return new PySet(v.table, v.frozen);
  return v;
}

/** Some list operations (`*=`) replace the items array; the subclass instance must see the new one. */
function syncBack(self: PyValue, view: PyValue): void {
  if (self instanceof PyList && view instanceof PyList && self !== view) self.items = view.items;
}

function sameKind(a: PyValue, b: PyValue): boolean {
  return (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple) ||
    (a instanceof PyDict && b instanceof PyDict) ||
    (a instanceof PySet && b instanceof PySet)
  );
}

function compareWith(op: CompareOp): NativeImpl {
  return (args) =>
    sameKind(args[0]!, args[1]!) ? richCompare(op, plain(args[0]!), plain(args[1]!)) : NotImplemented;
}

function binary(op: BinaryOp): NativeImpl {
  return (args) => binaryOp(op, plain(args[0]!), plain(args[1]!));
}

function inplace(op: BinaryOp): NativeImpl {
  return (args) => {
    const self = args[0]!;
    const view = plain(self);
    const r = inplaceOp(op, view, plain(args[1]!));
    syncBack(self, view);
    return r === view ? self : r;
  };
}

const common: Record<string, NativeImpl> = {
  __repr__: (args) => repr(plain(args[0]!)),
  __len__: (args) => BigInt(pyLen(plain(args[0]!))),
  __contains__: (args) => contains(plain(args[0]!), args[1]!),
  __iter__: (args) => getIterator(plain(args[0]!)),
  __eq__: compareWith('=='),
  __ne__: compareWith('!='),
  __lt__: compareWith('<'),
  __le__: compareWith('<='),
  __gt__: compareWith('>'),
  __ge__: compareWith('>='),
};

const sequence: Record<string, NativeImpl> = {
  ...common,
  __getitem__: (args) => getItem(plain(args[0]!), args[1]!),
  __add__: binary('+'),
  __mul__: binary('*'),
  __rmul__: (args) => binaryOp('*', plain(args[0]!), args[1]!),
};

const mutators: Record<string, NativeImpl> = {
  __setitem__: (args) => {
    const view = plain(args[0]!);
    setItem(view, args[1]!, args[2]!);
    syncBack(args[0]!, view);
    return null;
  },
  __delitem__: (args) => {
    const view = plain(args[0]!);
    delItem(view, args[1]!);
    syncBack(args[0]!, view);
    return null;
  },
};

const setAlgebra: Record<string, NativeImpl> = {
  ...common,
  // A set subclass's repr names its class: `S({1})`, `S()`.
  __repr__: (args) => {
    const self = args[0] as PySet;
    if (isNativeValue(self)) return repr(self);
    const name = typeOf(self).name;
    return self.table.size === 0 ? `${name}()` : `${name}(${repr(new PySet(self.table))})`;
  },
  __or__: binary('|'),
  __and__: binary('&'),
  __sub__: binary('-'),
  __xor__: binary('^'),
};

const byType = new Map<PyType, Record<string, NativeImpl>>([
  [listType, { ...sequence, ...mutators, __iadd__: inplace('+'), __imul__: inplace('*') }],
  [tupleType, { ...sequence, __hash__: (args) => pyHash(plain(args[0]!)) }],
  [
    dictType,
    {
      ...common,
      ...mutators,
      // dict.__getitem__ consults a subclass's __missing__ (defaultdict, user dicts).
      __getitem__: (args) => {
        const self = args[0] as PyDict;
        const key = args[1]!;
        const found = self.table.get(key);
        if (found !== undefined) return found;
        const missing = isNativeValue(self) ? undefined : typeOf(self).lookup('__missing__');
        return missing === undefined ? getItem(plain(self), key) : callValue(missing, [self, key]);
      },
    },
  ],
  [setType, { ...setAlgebra, __ior__: inplace('|'), __iand__: inplace('&'), __isub__: inplace('-') }],
  [frozensetType, { ...setAlgebra, __hash__: (args) => pyHash(plain(args[0]!)) }],
]);

const made = new Map<PyType, Map<string, PyNativeFunction>>();

/** `base`'s own special method `name` when the type object lacks it (base must be the defining type). */
export function payloadDunder(base: PyType, name: string): PyNativeFunction | undefined {
  const impls = byType.get(base);
  if (impls === undefined || !Object.hasOwn(impls, name)) return undefined;
  let cache = made.get(base);
  if (cache === undefined) made.set(base, (cache = new Map()));
  let fn = cache.get(name);
  if (fn === undefined) cache.set(name, (fn = nativeFunction(name, impls[name]!, base)));
  return fn;
}

/** The builtin special method `name` that `t` inherits from its list/tuple/dict/set base, if any. */
export function inheritedPayloadDunder(t: PyType, name: string): PyNativeFunction | undefined {
  if (name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return undefined;
  for (const b of t.mro) {
    if (byType.has(b)) return b.dict.has(name) ? undefined : payloadDunder(b, name);
  }
  return undefined;
}

/** A list or tuple that is not a subclass instance, whose iteration the evaluator may inline. */
export function isExactSequence(v: PyList | PyTuple): boolean {
  return v.constructor === PyList || v.constructor === PyTuple;
}
