// Natural logarithm in double-double: x = 2**e * m with m in [√½, √2), m = c * (1 + u) for a table point c
// near m (so |u| < 2**-8), log x = e ln2 + log c + log1p(u), log1p by a short series. log2 is derived
// from it; log10 follows the C library's own formula (see log10).

import * as D from './double-double.ts';
import type { DD } from './double-double.ts';
import { INV_LN2, LN2_1, LN2_2, LN2_3 } from './constants.ts';
import * as S from './dd-scalar.ts';
import { highWord } from './rounding.ts';
import { logSeries } from './series.ts';

const STEPS = 256;
const LOWEST = -76; // round((√½ - 1) * 256)
const HIGHEST = 107; // round((√2 - 1) * 256)

let inverse: Float64Array | null = null;
let logCHi: Float64Array | null = null;
let logCLo: Float64Array | null = null;

/** inverse[j]: a float near 1 / (1 + j/256); logC[j] = -log(inverse[j]) as a double-double. */
function buildTable(): void {
  const size = HIGHEST - LOWEST + 1;
  inverse = new Float64Array(size);
  logCHi = new Float64Array(size);
  logCLo = new Float64Array(size);
  for (let j = LOWEST; j <= HIGHEST; j++) {
    const inv = 1 / (1 + j / STEPS);
    const v = logSeries(inv);
    inverse[j - LOWEST] = inv;
    logCHi[j - LOWEST] = -v.hi;
    logCLo[j - LOWEST] = -v.lo;
  }
}

// 1/3 to double-double precision: 1/3 - float(1/3) is exactly 2**-54 / 3.
const THIRD_HI = 1 / 3;
const THIRD_LO = 2 ** -54 / 3;

const SPLITTER = 134217729; // 2**27 + 1 (Dekker's split)
// Results go through typed-array cells rather than return values: a float returned from a call that is
// not inlined gets boxed.
const LOG1P = new Float64Array(2);

/**
 * log1p(uh + ul) for |u| < 2**-7.5 into LOG1P (high, low), relative error below 2**-100. Horner's rule in double-double, written out by hand: this is the hot core of log
 * and pow, and calls here would not be inlined (each would box its float result).
 */
function log1pSmall(uh: number, ul: number): void {
  // Beyond u⁴ the terms are below 2**-34 |u|, so float arithmetic carries them well enough.
  const q =
    1 / 5 +
    uh * (-1 / 6 + uh * (1 / 7 + uh * (-1 / 8 + uh * (1 / 9 + uh * (-1 / 10 + uh * (1 / 11 - uh / 12))))));
  let c = SPLITTER * uh;
  const ua = c - (c - uh);
  const ub = uh - ua;
  // (ch, cl) = -1/4 + u q
  const t = uh * q;
  let ch = -0.25 + t;
  let cl = -0.25 - ch + t;
  // Three rounds of (ch, cl) = k + u (ch, cl), for k = 1/3, -1/2, 1.
  for (let round = 0; round < 3; round++) {
    c = SPLITTER * ch;
    const ca = c - (c - ch);
    const cb = ch - ca;
    const p = uh * ch;
    let e = ua * ca - p + ua * cb + ub * ca + ub * cb + (uh * cl + ul * ch);
    const ph = p + e;
    const pl = e - (ph - p);
    const kh = round === 0 ? THIRD_HI : round === 1 ? -0.5 : 1;
    const kl = round === 0 ? THIRD_LO : 0;
    // |k| > |u (ch, cl)|, so the fast two-sum is exact.
    const sh = kh + ph;
    e = kh - sh + ph + pl + kl;
    ch = sh + e;
    cl = e - (ch - sh);
  }
  // u (ch, cl)
  c = SPLITTER * ch;
  const ca = c - (c - ch);
  const cb = ch - ca;
  const p = uh * ch;
  const e = ua * ca - p + ua * cb + ub * ca + ub * cb + (uh * cl + ul * ch);
  const h = p + e;
  LOG1P[0] = h;
  LOG1P[1] = e - (h - p);
}

/** logInto's result: log x = LOG[0] + LOG[1]. */
export const LOG = new Float64Array(2);

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** splitBinade's mantissa. */
let mantissa = 1;

/**
 * x (finite, > 0, subnormals included) as mantissa * 2**e with the mantissa in (sqrt(1/2), sqrt(2)]:
 * returns e and leaves the mantissa in `mantissa`.
 */
function splitBinade(x: number): number {
  let e = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 64;
    e = -64;
  }
  F64[0] = x;
  const high = U32[1]!;
  e += (high >>> 20) - 1023;
  U32[1] = (high & 0xfffff) | 0x3ff00000;
  mantissa = F64[0]!;
  if (mantissa > Math.SQRT2) {
    mantissa /= 2;
    e += 1;
  }
  return e;
}

/**
 * log(x) for a finite x > 0 (subnormals included) into LOG (high, low), relative error below 2**-95.
 */
export function logInto(x: number): void {
  if (inverse === null) buildTable();
  const e = splitBinade(x);
  const m = mantissa;
  const j = Math.round((m - 1) * STEPS);
  // Error-free sums and products below are written out by hand, as in log1pSmall.
  let sh: number;
  let sl: number;
  if (j === 0) {
    log1pSmall(m - 1, 0);
    sh = LOG1P[0]!;
    sl = LOG1P[1]!;
  } else {
    // m * inverse is exact as a double-double (Dekker), and so is its difference from 1.
    const i = j - LOWEST;
    const inv = inverse![i]!;
    let c = SPLITTER * m;
    const ma = c - (c - m);
    const mb = m - ma;
    c = SPLITTER * inv;
    const ia = c - (c - inv);
    const ib = inv - ia;
    const p = m * inv;
    const pe = ma * ia - p + ma * ib + mb * ia + mb * ib;
    const d = p - 1;
    const uh = d + pe;
    let bb = uh - d;
    log1pSmall(uh, d - (uh - bb) + (pe - bb));
    // -log(inverse) + log1p(u)
    const ch = logCHi![i]!;
    const lh = LOG1P[0]!;
    const s = ch + lh;
    bb = s - ch;
    const t = ch - (s - bb) + (lh - bb) + logCLo![i]! + LOG1P[1]!;
    sh = s + t;
    sl = t - (sh - s);
  }
  if (e === 0) {
    LOG[0] = sh + sl;
    LOG[1] = sl - (LOG[0] - sh);
    return;
  }
  // e * LN2_1 is exact; the other pieces carry ln 2 far beyond double-double precision.
  const a = e * LN2_1;
  const b = e * LN2_2;
  const eh = a + b;
  const el = a - eh + b + e * LN2_3;
  const s = eh + sh;
  const bb = s - eh;
  const t = eh - (s - bb) + (sh - bb) + el + sl;
  LOG[0] = s + t;
  LOG[1] = t - (LOG[0] - s);
}

/** log(x) as a double-double object (for callers off the hot paths). */
export function logDD(x: number): DD {
  logInto(x);
  return D.dd(LOG[0]!, LOG[1]!);
}

/** Natural logarithm with C's special values (the math module raises its own errors before this). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  if (x === 1) return 0;
  logInto(x);
  return LOG[0]! + LOG[1]!;
}

/** Base-2 logarithm: exact for powers of two. */
export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  const e = splitBinade(x);
  const m = mantissa;
  if (m === 1) return e;
  logInto(m);
  const fh = S.mul(LOG[0]!, LOG[1]!, INV_LN2.hi, INV_LN2.lo);
  const fl = S.lo();
  return S.add(e, 0, fh, fl) + S.lo();
}

// fdlibm's decomposition, which glibc's log10 keeps: log10(x) = k log10(2) + log(m) / ln 10 with
// log10(2) split in two and the pieces added in this order. Reproducing it (with a correctly rounded
// log) reproduces glibc's results, including its occasional last-bit differences from exact rounding.
const IVLN10 = 4.342944819032518e-1;
const LOG10_2HI = 3.010299956636117713e-1;
const LOG10_2LO = 3.694239077158931e-13;

export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? x : NaN;
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    k = -54;
  }
  F64[0] = x;
  const high = highWord(x);
  k += (high >>> 20) - 1023;
  const below = k < 0 ? 1 : 0;
  const y = k + below;
  F64[0] = x;
  U32[1] = (high & 0xfffff) | ((0x3ff - below) << 20);
  const m = F64[0]!;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}
