// Shared int objects for -5..256, like CPython's small-int cache. An int that a container keeps (a list
// item, a dict value) is stored as the shared object when it is small: the fresh BigInt each arithmetic
// operation returns would otherwise have to be promoted into the old generation, and on machines where
// fresh memory is expensive to fault in, that dominated loops filling large lists.

const MIN = -5;
const MAX = 256;
const SMALL: bigint[] = [];
for (let i = MIN; i <= MAX; i++) SMALL.push(BigInt(i));

/** The shared object for a small int; any other value unchanged. */
export function shared(v: bigint): bigint {
  return v <= 256n && v >= -5n ? SMALL[Number(v) - MIN]! : v;
}

/** The int `n` (a safe integer), shared when small: no BigInt is allocated for loop counters below 257. */
export function intFromNumber(n: number): bigint {
  return n <= MAX && n >= MIN ? SMALL[n - MIN]! : BigInt(n);
}
