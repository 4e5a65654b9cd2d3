// Turning exact or extra-precise values into floats with a single rounding (to nearest, ties to even),
// subnormal results and overflow included, and the float bit-level helpers the functions share.

import { bitLength, decompose } from '../bits.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// The host is little-endian (every platform Node supports), so word 1 holds sign, exponent, top bits.
const HIGH = 1;

/** The upper 32 bits of a float (sign, exponent, 20 fraction bits), fdlibm's view for range tests. */
export function highWord(x: number): number {
  F64[0] = x;
  return U32[HIGH]! >>> 0;
}

/** x * 2**k exactly when the result is a normal float, rounded once otherwise (k any integer). */
export function scalePow2(x: number, k: number): number {
  // Two or three steps keep every factor a finite normal float.
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  if (k >= -1000) return x * 2 ** k;
  // Shrinking into the subnormal range must round only once: do it exactly through a BigInt.
  const parts = decompose(x);
  if (parts === null) return x;
  return roundScaled(parts.neg ? -parts.mantissa : parts.mantissa, false, parts.exp + k);
}

/** m * 2**exp for an integer m < 2**54 whose product is a float (or overflows): two exact steps. */
function representableScale(m: number, exp: number): number {
  if (exp < -1000) return m * 2 ** (exp + 100) * 2 ** -100;
  if (exp > 1000) return m * 2 ** (exp - 100) * 2 ** 100;
  return m * 2 ** exp;
}

/**
 * The float nearest (q + δ) * 2**exp, where δ is an infinitesimal positive amount when `sticky` (the
 * exact value lies strictly above q), zero otherwise; q may be negative (δ then pushes away from zero).
 */
export function roundScaled(q: bigint, sticky: boolean, exp: number): number {
  const neg = q < 0n;
  let m = neg ? -q : q;
  if (m === 0n) return neg ? -0 : 0;
  const bits = bitLength(m);
  // Keep 53 bits, or fewer where the result is subnormal (its last bit weighs 2**-1074).
  const shift = Math.max(bits - 53, -1074 - exp);
  if (shift > 0) {
    const s = BigInt(shift);
    const rest = m & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    m >>= s;
    if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
    exp += shift;
  }
  const r = representableScale(Number(m), exp);
  return neg ? -r : r;
}

/** 2**k for an integer -1022 <= k <= 1023, built from its bits (faster than the general 2 ** k). */
export function twoTo(k: number): number {
  U32[1 - HIGH] = 0;
  U32[HIGH] = (k + 1023) << 20;
  return F64[0]!;
}

/** The float nearest (hi + lo) * 2**k, rounding once even where the result is subnormal. */
export function roundDDScaled(hi: number, lo: number, k: number): number {
  if (k > -1000 && k < 1000) {
    const r = (hi + lo) * twoTo(k);
    if (Math.abs(r) >= 2 ** -1021 || r === 0) return r;
  } else if (k >= 1000) {
    return scalePow2(hi + lo, k);
  }
  const h = decompose(hi);
  if (h === null) return hi * 0;
  const l = decompose(lo);
  let q = h.neg ? -h.mantissa : h.mantissa;
  let e = h.exp;
  if (l !== null) {
    const lm = l.neg ? -l.mantissa : l.mantissa;
    if (l.exp < e) {
      q <<= BigInt(e - l.exp);
      e = l.exp;
      q += lm;
    } else {
      q += lm << BigInt(l.exp - e);
    }
  }
  return roundScaled(q, false, e + k);
}

/**
 * Whether hi + lo lies within about `rel * |hi|` of a point halfway between two floats, where an error of
 * that size could flip the rounding and the caller should decide exactly: nudging lo by that much either
 * way then changes the rounded sum. (For |hi| well inside the normal range.)
 */
export function nearHalfway(hi: number, lo: number, rel: number): boolean {
  const nudge = Math.abs(hi) * rel;
  return hi + (lo + nudge) !== hi + (lo - nudge);
}
