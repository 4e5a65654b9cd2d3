// heapq.merge: a lazy k-way merge that takes the same items in the same order as CPython's, also for
// inputs that are not sorted (where it is not a sort of the concatenation). CPython keeps one heap entry
// per input, `[key, order, value, iterator]` compared as lists, with the input's position as `order`
// (negated for reverse=True, which uses a max-heap); an exhausted input's entry is popped, and once one
// input is left the rest of it is passed through.

import { pyEq } from '../objects/equality.ts';
import { pyLt } from '../objects/compare.ts';
import { getIterator } from '../objects/iteration.ts';
import { rt } from '../objects/runtime.ts';
import type { PyIterator, PyValue } from '../objects/values.ts';
import { heapify, heappop, siftUp, type Less } from './heapq.ts';

interface Entry {
  key: PyValue;
  order: number;
  value: PyValue;
  it: PyIterator;
}

/** `[a.key, a.order] < [b.key, b.order]` as Python compares lists: the first unequal item decides. */
function entryLt(a: Entry, b: Entry): boolean {
  return pyEq(a.key, b.key) ? a.order < b.order : pyLt(a.key, b.key);
}

export function* mergeBody(
  iterables: PyValue[],
  key: PyValue | null,
  reverse: boolean,
): Generator<PyValue, PyValue, PyValue> {
  const keyOf = (v: PyValue): PyValue => (key === null ? v : rt().call(key, [v]));
  const lt: Less<Entry> = reverse ? (a, b) => entryLt(b, a) : entryLt;
  const direction = reverse ? -1 : 1;
  const heap: Entry[] = [];
  iterables.forEach((iterable, order) => {
    const it = getIterator(iterable);
    const value = it.next();
    if (value !== undefined) heap.push({ key: keyOf(value), order: order * direction, value, it });
  });
  heapify(heap, lt);
  while (heap.length > 1) {
    const top = heap[0]!;
    yield top.value;
    const next = top.it.next();
    if (next === undefined) {
      heappop(heap, lt);
      continue;
    }
    top.key = keyOf(next);
    top.value = next;
    siftUp(heap, 0, lt);
  }
  const last = heap[0];
  if (last === undefined) return null;
  yield last.value;
  for (let v = last.it.next(); v !== undefined; v = last.it.next()) yield v;
  return null;
}
