// exp and exp2, correctly rounded in all but astronomically rare cases: exp(x) = 2**(n/256) * exp(r) with
// r = x - n ln2/256 reduced exactly, 2**(j/256) from a table and exp(r) from a short series, all in
// double-double (allocation-free, see dd-scalar.ts), rounded once.

import * as D from './double-double.ts';
import * as S from './dd-scalar.ts';
import { LN2, LN2_256_1, LN2_256_2, LN2_256_3 } from './constants.ts';
import { roundDDScaled, scalePow2 } from './rounding.ts';
import { expSeries } from './series.ts';

let tableHi: Float64Array | null = null;
let tableLo: Float64Array | null = null;

/** 2**(j/256) for j in 0..255 as double-doubles, built on first use. */
function buildTable(): void {
  tableHi = new Float64Array(256);
  tableLo = new Float64Array(256);
  for (let j = 0; j < 256; j++) {
    const v = expSeries(D.divNum(D.mulNum(LN2, j), 256));
    tableHi[j] = v.hi;
    tableLo[j] = v.lo;
  }
}

const STEPS_PER_LN2 = 256 / Math.LN2;
const SPLITTER = 134217729; // 2**27 + 1 (Dekker's split)

/** exp's result as (hi + lo) * 2**k; one object reused by every call, read it before the next. */
export interface Scaled {
  hi: number;
  lo: number;
  k: number;
}
const result: Scaled = { hi: 0, lo: 0, k: 0 };

/**
 * exp(xh + xl) for |xh| < 750 as (hi + lo) * 2**k with hi + lo in about [0.7, 1.5), relative error below
 * 2**-85.
 */
export function expCore(xh: number, xl: number): Scaled {
  if (tableHi === null) buildTable();
  const n = Math.round(xh * STEPS_PER_LN2);
  // n * LN2_256_1 is exact and close to xh, so the first subtraction is exact too.
  let rh = S.sum2(xh - n * LN2_256_1, xl);
  let rl = S.lo();
  const p = S.prod2(n, LN2_256_2);
  const pe = S.lo();
  rh = S.sum2(rh, -p);
  rl += S.lo() - pe - n * LN2_256_3;
  rh = S.fastSum2(rh, rl);
  rl = S.lo();
  // exp(r) = 1 + r + r²/2 + r³ P(r): |r| < 2**-9, so the r³ part needs only float precision.
  const sqh = S.prod2(rh, rh);
  const sql = S.lo() + 2 * rh * rl;
  const tail =
    rh * rh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh / 40320))))) +
    (rh * rh * rl) / 2;
  let sh = S.fastSum2(1, rh);
  let sl = S.lo() + rl;
  sh = S.sum2(sh, sqh / 2);
  sl += S.lo() + sql / 2 + tail;
  sh = S.fastSum2(sh, sl);
  sl = S.lo();
  // (sh, sl) times 2**(j/256) from the table, Dekker's product written out (a call would not be inlined).
  const j = n & 255;
  const th = tableHi![j]!;
  let c = SPLITTER * th;
  const ta = c - (c - th);
  const tb = th - ta;
  c = SPLITTER * sh;
  const sa = c - (c - sh);
  const sb = sh - sa;
  const p2 = th * sh;
  const e2 = ta * sa - p2 + ta * sb + tb * sa + tb * sb + (th * sl + tableLo![j]! * sh);
  result.hi = p2 + e2;
  result.lo = e2 - (result.hi - p2);
  result.k = (n - j) / 256;
  return result;
}

/** e**x. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const e = expCore(x, 0);
  return roundDDScaled(e.hi, e.lo, e.k);
}

/** 2**x. */
export function exp2(x: number): number {
  if (x !== x) return x;
  if (x > 1025) return Infinity;
  if (x < -1080) return 0;
  // x = n + f exactly; 2**n is exact, 2**f = e**(f ln 2).
  const n = Math.round(x);
  const f = x - n;
  if (f === 0) return scalePow2(1, n);
  const th = S.mulNum(LN2.hi, LN2.lo, f);
  const e = expCore(th, S.lo());
  return roundDDScaled(e.hi, e.lo, e.k + n);
}
