// The Euclidean norm sqrt(x0² + x1² + ...) correctly rounded, as CPython's math.hypot and math.dist
// return it (CPython does not call the C library here; its own algorithm is correctly rounded in all but
// rare cases). Two coordinates go through double-double; more coordinates, extreme magnitudes and results
// too near a halfway point are computed exactly with BigInts.

import * as D from './double-double.ts';
import { bitLength, decompose } from '../bits.ts';
import { nearHalfway, roundScaled } from './rounding.ts';

/** The norm of a list of floats, with CPython's special cases (an infinity wins over a NaN). */
export function vectorNorm(xs: readonly number[]): number {
  let max = 0;
  let sawNaN = false;
  for (const x of xs) {
    const a = Math.abs(x);
    if (a === Infinity) return Infinity;
    if (a !== a) sawNaN = true;
    else if (a > max) max = a;
  }
  if (sawNaN) return NaN;
  if (max === 0 || xs.length <= 1) return max;
  if (xs.length === 2) return hypot2(Math.abs(xs[0]!), Math.abs(xs[1]!));
  return exactNorm(xs);
}

const SAFE_HIGH = 2 ** 500;
const SAFE_LOW = 2 ** -450;

function hypot2(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (small === 0) return big;
  if (big < SAFE_HIGH && small > SAFE_LOW) {
    const sum = D.add(D.twoProd(a, a), D.twoProd(b, b));
    const root = D.sqrt(sum);
    if (!nearHalfway(root.hi, root.lo, 2 ** -90)) return D.round(root);
  }
  return exactNorm([a, b]);
}

function exactNorm(xs: readonly number[]): number {
  const parts = xs.map(decompose).filter((p) => p !== null);
  const low = Math.min(...parts.map((p) => p.exp));
  let sum = 0n;
  for (const p of parts) {
    const m = p.mantissa << BigInt(p.exp - low);
    sum += m * m;
  }
  // sqrt(sum * 4**low): scale by 4**t so the root carries at least 55 bits, then round once.
  const t = Math.max(0, Math.ceil((112 - bitLength(sum)) / 2));
  const scaled = sum << BigInt(2 * t);
  const root = isqrt(scaled);
  return roundScaled(root, root * root !== scaled, low - t);
}

/** floor(sqrt(n)) for n > 0, by Newton's iteration from above. */
function isqrt(n: bigint): bigint {
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
