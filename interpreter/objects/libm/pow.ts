// C's pow(x, y): exp(y log x) carried in double-double and rounded once, with C99's special values.
// Where the approximation lands too near a halfway point and the exact result may be one (an integer
// power of a float), the exact power is computed with BigInts instead.

import * as S from './dd-scalar.ts';
import { exp2, expCore } from './exp.ts';
import { LOG, logInto } from './log.ts';
import { bitLength, decompose } from '../bits.ts';
import { nearHalfway, roundDDScaled, roundScaled, scalePow2 } from './rounding.ts';

/** Whether y is an odd integer (every float beyond 2**53 is even). */
function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && y % 2 !== 0;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Whether a positive normal float is a power of two (all fraction bits zero); subnormals answer false. */
function isPowerOfTwo(x: number): boolean {
  F64[0] = x;
  return U32[0] === 0 && (U32[1]! & 0xfffff) === 0 && x >= 2 ** -1022;
}

/** x ** y as C99 (and glibc) define it, including infinities, zeros and NaNs. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return ax > 1 === y > 0 ? Infinity : 0;
  }
  if (x === 0 || x === Infinity || x === -Infinity) {
    // A negative zero or infinite base keeps its sign for odd integer exponents.
    const magnitude = (x !== 0) === y > 0 ? Infinity : 0;
    const negative = x < 0 || Object.is(x, -0);
    return negative && isOddInteger(y) ? -magnitude : magnitude;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powPositive(-x, y);
    return isOddInteger(y) ? -r : r;
  }
  return powPositive(x, y);
}

/** x ** y for finite x > 0 and finite nonzero y. */
export function powPositive(x: number, y: number): number {
  // Each of these is correctly rounded by IEEE arithmetic, as the general path would be.
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Math.abs(y) > 2 ** 64) return x > 1 === y > 0 ? Infinity : 0;
  if (isPowerOfTwo(x)) {
    const a = Math.log2(x);
    // A power of two: 2**(a y), exact (ties at the subnormal grid included) when a y is an integer.
    const p = S.prod2(a, y);
    if (S.lo() === 0) return Number.isInteger(p) ? scalePow2(1, p) : exp2(p);
  }
  logInto(x);
  const th = S.mulNum(LOG[0]!, LOG[1]!, y);
  const tl = S.lo();
  if (th > 710) return Infinity;
  if (th < -746) return 0;
  const e = expCore(th, tl);
  if (Number.isInteger(y)) {
    // Exact results (and subnormal ones, rounding at their own grid) are decided exactly.
    if (Math.abs(y) <= 64 && (e.k < -1000 || nearHalfway(e.hi, e.lo, 2 ** -70)))
      return exactIntegerPower(x, y);
  }
  return roundDDScaled(e.hi, e.lo, e.k);
}

/** x ** n for a small nonzero integer n, rounded once from the exact value. */
function exactIntegerPower(x: number, n: number): number {
  const parts = decompose(x)!;
  const m = parts.mantissa ** BigInt(Math.abs(n));
  const exp = parts.exp * n;
  if (n > 0) return roundScaled(m, false, exp);
  const shift = bitLength(m) + 64;
  const q = (1n << BigInt(shift)) / m;
  const sticky = q * m !== 1n << BigInt(shift);
  return roundScaled(q, sticky, -exp - shift);
}
