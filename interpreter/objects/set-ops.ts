// Set algebra (| & - ^ and their in-place forms) and dict merge (| and |=), keeping CPython's choice of
// which operand's keys end up in the result and in what order they are inserted.

import { TypeError, ValueError, pyError } from './exceptions.ts';
import { HashTable } from './hashtable.ts';
import { toArray } from './iteration.ts';
import { setOrder } from './set-order.ts';
import { PyDict, PySet, type PyValue } from './values.ts';

export type SetOp = '|' | '&' | '-' | '^';

function copyTable(s: PySet): HashTable<true> {
  const t = new HashTable<true>();
  for (const k of setOrder(s)) t.set(k, true);
  return t;
}

function intersection(a: PySet, b: PySet): HashTable<true> {
  // CPython walks the smaller set (the right one on ties) and keeps its keys.
  let big = a;
  let small = b;
  if (b.table.size > a.table.size) {
    big = b;
    small = a;
  }
  const t = new HashTable<true>();
  for (const k of setOrder(small)) if (big.table.has(k)) t.set(k, true);
  return t;
}

function computeTable(op: SetOp, a: PySet, b: PySet): HashTable<true> {
  switch (op) {
    case '|': {
      const t = copyTable(a);
      for (const k of setOrder(b)) t.set(k, true);
      return t;
    }
    case '&':
      return intersection(a, b);
    case '-': {
      const t = new HashTable<true>();
      for (const k of setOrder(a)) if (!b.table.has(k)) t.set(k, true);
      return t;
    }
    case '^': {
      const t = copyTable(a);
      for (const k of setOrder(b)) {
        if (t.has(k)) t.delete(k);
        else t.set(k, true);
      }
      return t;
    }
  }
}

/** `a op b` for two sets; the result has the left operand's type (set or frozenset). */
export function setBinary(op: SetOp, a: PySet, b: PySet): PySet {
  return new PySet(computeTable(op, a, b), a.frozen);
}

export function setInPlace(op: SetOp, a: PySet, b: PySet): void {
  switch (op) {
    case '|':
      for (const k of setOrder(b)) a.table.set(k, true);
      return;
    case '-':
      if (a === b) {
        a.table.clear();
        return;
      }
      for (const k of setOrder(b)) a.table.delete(k);
      return;
    case '&': {
      const t = intersection(a, b);
      a.table.clear();
      for (const e of t) a.table.set(e.key, true);
      return;
    }
    case '^': {
      if (a === b) {
        a.table.clear();
        return;
      }
      for (const k of setOrder(b)) {
        if (a.table.has(k)) a.table.delete(k);
        else a.table.set(k, true);
      }
      return;
    }
  }
}

export function dictMerge(a: PyDict, b: PyDict): PyDict {
  const t = new HashTable<PyValue>();
  for (const e of a.table) t.set(e.key, e.value);
  for (const e of b.table.toArray()) t.set(e.key, e.value);
  return new PyDict(t);
}

/** `d |= other`: dict.update semantics (a mapping or an iterable of key/value pairs). */
export function dictUpdateInPlace(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    for (const e of other.table.toArray()) d.table.set(e.key, e.value);
    return;
  }
  const items = toArray(other);
  items.forEach((item, i) => {
    let pair: PyValue[];
    try {
      pair = toArray(item);
    } catch {
      throw pyError(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) {
      throw pyError(
        ValueError,
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    }
    d.table.set(pair[0]!, pair[1]!);
  });
}
