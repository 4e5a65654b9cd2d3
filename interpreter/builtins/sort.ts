// Sorting as CPython's list.sort: stable, `<` only, keys computed once up front, and reverse=True done as
// reverse / stable sort / reverse so equal elements keep their original order.

import { pyLt } from '../objects/compare.ts';
import { callValue } from '../objects/runtime.ts';
import type { PyValue } from '../objects/values.ts';

// V8's Array.prototype.sort is a port of CPython's timsort and only tests `comparator(a, b) < 0`, so a
// less-than-only comparator reproduces CPython's comparison sequence and result.
const lessThan = (a: PyValue, b: PyValue): number => (pyLt(a, b) ? -1 : 0);
const bigintLess = (a: PyValue, b: PyValue): number => ((a as bigint) < (b as bigint) ? -1 : 0);
const numberLess = (a: PyValue, b: PyValue): number => ((a as number) < (b as number) ? -1 : 0);
const stringLess = (a: PyValue, b: PyValue): number => ((a as string) < (b as string) ? -1 : 0);

/** Picks a comparison without Python dispatch when every element has the same primitive type. */
function comparatorFor(items: readonly PyValue[]): (a: PyValue, b: PyValue) => number {
  if (items.length === 0) return lessThan;
  const kind = typeof items[0];
  if (kind !== 'bigint' && kind !== 'number' && kind !== 'string') return lessThan;
  for (let i = 1; i < items.length; i++) if (typeof items[i] !== kind) return lessThan;
  if (kind === 'bigint') return bigintLess;
  if (kind === 'number') return numberLess;
  // JS compares UTF-16 code units; that equals code point order unless astral characters meet U+E000-U+FFFF.
  for (const s of items as string[]) if (/[\ud800-\udfff]/.test(s)) return lessThan;
  return stringLess;
}

/** Sorts `items` in place. `key` is a Python callable or null. */
export function sortInPlace(items: PyValue[], key: PyValue, reverse: boolean): void {
  if (reverse) items.reverse();
  if (key === null) {
    items.sort(comparatorFor(items));
  } else {
    const keys = items.map((x) => callValue(key, [x]));
    const order = items.map((_, i) => i);
    const cmp = comparatorFor(keys);
    order.sort((i, j) => cmp(keys[i]!, keys[j]!));
    const copy = items.slice();
    for (let i = 0; i < order.length; i++) items[i] = copy[order[i]!]!;
  }
  if (reverse) items.reverse();
}
