// Integer and float arithmetic helpers with CPython's semantics: floor division and modulo, true division
// correctly rounded for big operands, exact float decomposition, and the errors CPython raises.

import { checkSize } from './runtime.ts';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyError } from './exceptions.ts';
import { pow as libmPow } from './libm/index.ts';
import { bitLength } from './bits.ts';

/** `a // b` for ints (floor); raises on zero. */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw pyError(ZeroDivisionError, 'integer division or modulo by zero');
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** `a % b` for ints (sign of the divisor). */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw pyError(ZeroDivisionError, 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** int -> float as CPython's `float(n)`: correctly rounded, OverflowError when out of range. */
export function intToFloat(n: bigint): number {
  const f = Number(n);
  if (f === Infinity || f === -Infinity) throw pyError(OverflowError, 'int too large to convert to float');
  return f;
}

const TWO53 = 0x20000000000000n;

/** `a / b` for ints: the correctly rounded quotient, as CPython computes it. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw pyError(ZeroDivisionError, 'division by zero');
  if (a <= TWO53 && a >= -TWO53 && b <= TWO53 && b >= -TWO53) return Number(a) / Number(b);
  const neg = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  // Scale so the quotient carries at least 55 significant bits plus a sticky bit; Number() then rounds
  // half-to-even exactly once.
  const shift = Math.max(0, bitLength(y) - bitLength(x) + 55);
  const scaled = x << BigInt(shift);
  const q = scaled / y;
  const sticky = scaled % y !== 0n ? 1n : 0n;
  let r = Number((q << 1n) | sticky);
  if (r === Infinity) throw pyError(OverflowError, 'integer division result too large for a float');
  // Apply 2**-(shift+1) in two steps so intermediate values stay normal where possible.
  let e = shift + 1;
  while (e > 0) {
    const step = Math.min(e, 1000);
    r /= 2 ** step;
    e -= step;
  }
  return neg ? -r : r;
}

/** int ** int; negative exponents go through floats as in CPython. */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) {
    const fa = intToFloat(a);
    if (fa === 0) throw pyError(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return floatPow(fa, intToFloat(b));
  }
  if (a === 0n || a === 1n) return b === 0n ? 1n : a;
  if (a === -1n) return b % 2n === 0n ? 1n : -1n;
  // Estimated size of the result in bits, so absurd powers fail fast instead of hanging.
  const bits = BigInt(bitLength(a)) * b;
  checkSize(bits / 8n);
  return a ** b;
}

/** `pow(a, b, m)` for ints, modular inverse included (Python 3.8+). */
export function intPow3(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw pyError(ValueError, 'pow() 3rd argument cannot be 0');
  const negMod = m < 0n;
  const mm = negMod ? -m : m;
  let base = ((a % mm) + mm) % mm;
  let e = b;
  if (e < 0n) {
    base = modInverse(base, mm);
    e = -e;
  }
  let result = 1n % mm;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mm;
    base = (base * base) % mm;
    e >>= 1n;
  }
  if (negMod && result !== 0n) result -= mm;
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError(ValueError, 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

/** float ** float with C99/CPython special cases and errors. */
export function floatPow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a !== a) return a;
  if (b !== b) return a === 1 ? 1 : b;
  if (b === Infinity || b === -Infinity) {
    const m = Math.abs(a);
    if (m === 1) return 1;
    if (m > 1 === b > 0) return Infinity;
    return 0;
  }
  if (a === Infinity || a === -Infinity) return Math.pow(a, b);
  if (a === 0) {
    if (b < 0) throw pyError(ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return Math.pow(a, b);
  }
  if (a < 0 && !Number.isInteger(b)) {
    throw pyError(TypeError, 'complex numbers are not supported');
  }
  // Every double of magnitude 2**53 or more is an even integer.
  if (a === -1) return Number.isInteger(b / 2) ? 1 : -1;
  // glibc's pow, which CPython calls, is (nearly always) correctly rounded; V8's Math.pow is not.
  const r = libmPow(a, b);
  if (r === Infinity || r === -Infinity)
    throw pyError(OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

/** CPython's float floor division and modulo (float_divmod), with its exact rounding fix-ups. */
export function floatDivmod(a: number, b: number, what: string): [number, number] {
  if (b === 0) throw pyError(ZeroDivisionError, what);
  let mod = a % b;
  let div = (a - mod) / b;
  // C's `if (mod)` is true for NaN, so the comparisons below are against zero explicitly.
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  return floatDivmod(a, b, 'float floor division by zero')[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw pyError(ZeroDivisionError, 'float modulo');
  const mod = a % b;
  if (mod !== 0) return b < 0 !== mod < 0 && mod === mod ? mod + b : mod;
  return b < 0 ? -0 : 0;
}

/** Exact comparison of an int with a float: -1, 0 or 1; NaN answers NaN. */
export function compareIntFloat(i: bigint, f: number): number {
  if (f !== f) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (i <= TWO53 && i >= -TWO53) {
    const n = Number(i);
    return n < f ? -1 : n > f ? 1 : 0;
  }
  // |i| > 2**53: compare against the float's integer part exactly, then its fraction.
  const t = Math.trunc(f);
  const ti = BigInt(t);
  if (i < ti) return -1;
  if (i > ti) return 1;
  return t < f ? -1 : t > f ? 1 : 0;
}
