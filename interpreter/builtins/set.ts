// set and frozenset: constructors, methods and the set algebra behind `|`, `&`, `-`, `^`. Results are built
// the way setobject.c builds them (copy then update, iterate the smaller set, ...) because that decides the
// hash-table layout and therefore the printed order (see objects/set-order.ts).

import { dictType, frozensetType, setType } from '../objects/builtin-types.ts';
import { KeyError, TypeError, pyError } from '../objects/exceptions.ts';
import { getIterator } from '../objects/iteration.ts';
import {
  setAdd,
  setClear,
  setDiscard,
  setMergeKeys,
  setMergeSet,
  setPop,
  setPurgeDummies,
  setReplaceWith,
} from '../objects/set-order.ts';
import type { PyType } from '../objects/type.ts';
import { PyDict, PySet, type Kwargs, type PyValue } from '../objects/values.ts';
import { defineMethods, expectArgs, nativeFunction, noKwargs } from './define.ts';
import { exactArgs } from './str/args.ts';
import { consumePrefilled, newSubclassInstance } from './prefill.ts';

/** Instances of user subclasses of set/frozenset: the payload plus the class and an attribute dict. */
export class PySetOf extends PySet {
  readonly dict = new Map<string, PyValue>();
  constructor(
    public cls: PyType,
    frozen: boolean,
  ) {
    super(undefined, frozen);
  }
  override pyType(): PyType {
    return this.cls;
  }
}

function frozenKey(key: PyValue): PyValue {
  return key instanceof PySet && !key.frozen ? new PySet(key.table, true) : key;
}

/** set_update_internal: how `set(x)`, `s.update(x)` and `s | x` absorb an iterable. */
export function setUpdateFrom(set: PySet, iterable: PyValue): void {
  if (iterable instanceof PySet) return setMergeSet(set, iterable);
  if (iterable instanceof PyDict && iterable.pyType() === dictType) {
    const keys: PyValue[] = [];
    for (const e of iterable.table) keys.push(e.key);
    return setMergeKeys(set, keys);
  }
  const it = getIterator(iterable);
  for (let x = it.next(); x !== undefined; x = it.next()) setAdd(set, x);
}

export function newSet(frozen: boolean, iterable?: PyValue): PySet {
  const s = new PySet(undefined, frozen);
  if (iterable !== undefined) setUpdateFrom(s, iterable);
  return s;
}

/**
 * A set display `{a, b, c}`: CPython folds an all-constant display of 3+ items into a frozenset constant,
 * which its compiler's constant merging builds again from the first one's iteration order; the set is
 * then merged from that constant. Each build can reorder colliding items.
 */
export function buildSetDisplay(items: readonly PyValue[], allConstant: boolean): PySet {
  const s = new PySet();
  if (allConstant && items.length >= 3) {
    const folded = new PySet(undefined, true);
    for (const x of items) setAdd(folded, x);
    const constant = new PySet(undefined, true);
    for (const x of setIter(folded)) setAdd(constant, x);
    setMergeSet(s, constant);
  } else {
    for (const x of items) setAdd(s, x);
  }
  return s;
}

function copyOf(s: PySet, frozen = s.frozen): PySet {
  return newSet(frozen, s);
}

function asSet(v: PyValue): PySet {
  return v instanceof PySet ? v : newSet(false, v);
}

/** set_intersection: iterates the smaller operand when both are sets. */
export function setIntersection(a: PySet, other: PyValue): PySet {
  const result = new PySet(undefined, a.frozen);
  if (other instanceof PySet) {
    let [big, small] = [a, other];
    if (other.table.size > a.table.size) [big, small] = [other, a];
    for (const k of setIter(small)) if (big.table.has(k)) setAdd(result, k);
    return result;
  }
  const it = getIterator(other);
  for (let x = it.next(); x !== undefined; x = it.next()) if (a.table.has(frozenKey(x))) setAdd(result, x);
  return result;
}

function setIter(s: PySet): PyValue[] {
  const out: PyValue[] = [];
  const it = getIterator(s);
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}

/** set_difference_update_internal. */
export function setDifferenceUpdate(s: PySet, other: PyValue): void {
  if (other === s) return setClear(s);
  if (other instanceof PySet) {
    const src = other.table.size >> 3 > s.table.size ? setIntersection(s, other) : other;
    for (const k of setIter(src)) setDiscard(s, k);
  } else {
    const it = getIterator(other);
    for (let x = it.next(); x !== undefined; x = it.next()) setDiscard(s, frozenKey(x));
  }
  setPurgeDummies(s);
}

/** set_difference. */
export function setDifference(a: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.table.size;
  else if (other instanceof PyDict && other.pyType() === dictType) otherSize = other.table.size;
  else {
    const r = copyOf(a);
    setDifferenceUpdate(r, other);
    return r;
  }
  if (a.table.size >> 2 > otherSize) {
    const r = copyOf(a);
    setDifferenceUpdate(r, other);
    return r;
  }
  const result = new PySet(undefined, a.frozen);
  const table = (other as PySet | PyDict).table;
  for (const k of setIter(a)) if (!table.has(k)) setAdd(result, k);
  return result;
}

/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(s: PySet, other: PyValue): void {
  if (other === s) return setClear(s);
  let keys: PyValue[];
  if (other instanceof PyDict && other.pyType() === dictType) keys = [...other.table].map((e) => e.key);
  else keys = setIter(other instanceof PySet ? other : newSet(false, other));
  for (const k of keys) if (!setDiscard(s, k)) setAdd(s, k);
}

export function setSymmetricDifference(a: PySet, other: PyValue): PySet {
  const result = newSet(a.frozen, other);
  setSymmetricDifferenceUpdate(result, a);
  return result;
}

export function setUnion(a: PySet, others: readonly PyValue[]): PySet {
  const result = copyOf(a);
  for (const o of others) setUpdateFrom(result, o);
  return result;
}

/** `a | b`, `a & b`, `a - b`, `a ^ b` for two sets (undefined when either operand is not a set). */
export function setOperator(op: '|' | '&' | '-' | '^', a: PyValue, b: PyValue): PySet | undefined {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return undefined;
  switch (op) {
    case '|':
      return setUnion(a, [b]);
    case '&':
      return setIntersection(a, b);
    case '-':
      return setDifference(a, b);
    case '^':
      return setSymmetricDifference(a, b);
  }
}

/** In-place `|=`, `&=`, `-=`, `^=` on a mutable set. */
export function setInplaceOperator(op: '|' | '&' | '-' | '^', a: PySet, b: PySet): PySet {
  switch (op) {
    case '|':
      setUpdateFrom(a, b);
      break;
    case '&':
      replaceContents(a, setIntersection(a, b));
      break;
    case '-':
      setDifferenceUpdate(a, b);
      break;
    case '^':
      setSymmetricDifferenceUpdate(a, b);
      break;
  }
  return a;
}

/** intersection_update swaps in the freshly built table. */
function replaceContents(s: PySet, from: PySet): void {
  setReplaceWith(s, from);
}

export function isSubset(a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const e of a.table) if (!b.table.has(e.key)) return false;
  return true;
}

function self(args: PyValue[]): PySet {
  return args[0] as PySet;
}

function requireMutable(name: string, args: PyValue[], n: 0 | 1): PySet {
  exactArgs(`set.${name}`, args, null, n);
  return self(args);
}

function setNew(frozen: boolean) {
  return (args: PyValue[], kwargs: Kwargs | null): PyValue => {
    const name = frozen ? 'frozenset' : 'set';
    const cls = args[0] as PyType;
    if (!frozen && cls !== setType)
      return newSubclassInstance(new PySetOf(cls, false), setType, args, kwargs);
    noKwargs(name, kwargs);
    if (args.length > 2)
      throw pyError(TypeError, `${name} expected at most 1 argument, got ${args.length - 1}`);
    const iterable = args[1];
    if (frozen && iterable instanceof PySet && iterable.frozen && args[0] === frozensetType) return iterable;
    if (frozen && cls !== frozensetType) {
      const s = new PySetOf(cls, true);
      if (iterable !== undefined) setUpdateFrom(s, iterable);
      return s;
    }
    return newSet(frozen, iterable);
  };
}

const common = {
  copy: (args: PyValue[]) => {
    const s = self(args);
    exactArgs(`${s.frozen ? 'frozenset' : 'set'}.copy`, args, null, 0);
    return s.frozen && s.pyType() === frozensetType ? s : copyOf(s);
  },
  union: (args: PyValue[]) => setUnion(self(args), args.slice(1)),
  intersection: (args: PyValue[]) => {
    let result = self(args);
    if (args.length === 1) return copyOf(result);
    for (const o of args.slice(1)) result = setIntersection(result, o);
    return result;
  },
  difference: (args: PyValue[]) => {
    if (args.length === 1) return copyOf(self(args));
    const result = setDifference(self(args), args[1]!);
    for (const o of args.slice(2)) setDifferenceUpdate(result, o);
    return result;
  },
  symmetric_difference: (args: PyValue[]) => {
    expectArgs('symmetric_difference', args, 2);
    return setSymmetricDifference(self(args), args[1]!);
  },
  issubset: (args: PyValue[]) => {
    expectArgs('issubset', args, 2);
    return isSubset(self(args), asSet(args[1]!));
  },
  issuperset: (args: PyValue[]) => {
    expectArgs('issuperset', args, 2);
    const other = args[1]!;
    if (other instanceof PySet) return isSubset(other, self(args));
    const it = getIterator(other);
    for (let x = it.next(); x !== undefined; x = it.next())
      if (!self(args).table.has(frozenKey(x))) return false;
    return true;
  },
  isdisjoint: (args: PyValue[]) => {
    expectArgs('isdisjoint', args, 2);
    const s = self(args);
    const it = getIterator(args[1]!);
    for (let x = it.next(); x !== undefined; x = it.next()) if (s.table.has(frozenKey(x))) return false;
    return true;
  },
};

export function installSetMethods(): void {
  setType.dict.set('__new__', nativeFunction('__new__', setNew(false), setType));
  frozensetType.dict.set('__new__', nativeFunction('__new__', setNew(true), frozensetType));
  setType.dict.set('__hash__', null);
  defineMethods(frozensetType, common);
  defineMethods(setType, {
    ...common,
    __init__: (args, kwargs) => {
      noKwargs('set', kwargs);
      if (args.length > 2)
        throw pyError(TypeError, `set expected at most 1 argument, got ${args.length - 1}`);
      const s = args[0] as PySet;
      if (consumePrefilled(s, args.slice(1))) return null;
      setClear(s);
      if (args.length === 2) setUpdateFrom(s, args[1]!);
      return null;
    },
    add: (args) => {
      setAdd(requireMutable('add', args, 1), args[1]!);
      return null;
    },
    remove: (args) => {
      const s = requireMutable('remove', args, 1);
      if (!setDiscard(s, frozenKey(args[1]!))) throw pyError(KeyError, args[1]!);
      return null;
    },
    discard: (args) => {
      setDiscard(requireMutable('discard', args, 1), frozenKey(args[1]!));
      return null;
    },
    pop: (args) => {
      const v = setPop(requireMutable('pop', args, 0));
      if (v === undefined) throw pyError(KeyError, 'pop from an empty set');
      return v;
    },
    clear: (args) => {
      setClear(requireMutable('clear', args, 0));
      return null;
    },
    update: (args) => {
      for (const o of args.slice(1)) setUpdateFrom(self(args), o);
      return null;
    },
    intersection_update: (args) => {
      let result = self(args);
      for (const o of args.slice(1)) result = setIntersection(result, o);
      if (result !== self(args)) replaceContents(self(args), result);
      return null;
    },
    difference_update: (args) => {
      for (const o of args.slice(1)) setDifferenceUpdate(self(args), o);
      return null;
    },
    symmetric_difference_update: (args) => {
      expectArgs('symmetric_difference_update', args, 2);
      setSymmetricDifferenceUpdate(self(args), args[1]!);
      return null;
    },
  });
}
