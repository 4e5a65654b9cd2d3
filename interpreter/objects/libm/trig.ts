// sin, cos and tan, correctly rounded in all but astronomically rare cases (glibc's are too, nearly
// always). After reduction to |r| <= π/4, r = a + b with a = j/64 from a table of sin a and cos a, and
// |b| <= 1/128 small enough for a few series terms; sums by the angle-addition formulas in double-double
// (allocation-free, see dd-scalar.ts).

import * as D from './double-double.ts';
import * as S from './dd-scalar.ts';
import { cosSeries, sinSeries } from './series.ts';
import { REDUCED, reduce } from './trig-reduce.ts';

const STEPS = 64;
const ENTRIES = 52; // covers |r| up to π/4 + 1/128

let sinHi: Float64Array | null = null;
let sinLo: Float64Array | null = null;
let cosHi: Float64Array | null = null;
let cosLo: Float64Array | null = null;

function buildTables(): void {
  sinHi = new Float64Array(ENTRIES + 1);
  sinLo = new Float64Array(ENTRIES + 1);
  cosHi = new Float64Array(ENTRIES + 1);
  cosLo = new Float64Array(ENTRIES + 1);
  for (let j = 0; j <= ENTRIES; j++) {
    const a = D.dd(j / STEPS);
    const s = sinSeries(a);
    const c = cosSeries(a);
    sinHi[j] = s.hi;
    sinLo[j] = s.lo;
    cosHi[j] = c.hi;
    cosLo[j] = c.lo;
  }
}

/** sinCos's result: sin as SIN_COS[0] + SIN_COS[1], cos as SIN_COS[2] + SIN_COS[3]. */
export const SIN_COS = new Float64Array(4);

/** sin r and cos r for |r| <= about π/4 + 1/128 into SIN_COS, relative error below 2**-85. */
function sinCosReduced(rh: number, rl: number): void {
  if (sinHi === null) buildTables();
  const j = Math.round(Math.abs(rh) * STEPS);
  const a = rh < 0 ? -j / STEPS : j / STEPS;
  let bh = rh;
  let bl = rl;
  if (j !== 0) {
    bh = S.sum2(rh - a, rl);
    bl = S.lo();
  }
  const b2 = bh * bh;
  const sqh = S.prod2(bh, bh);
  const sql = S.lo() + 2 * bh * bl;
  // sin b = b - b³/6 + b⁵ (...), cos b = 1 - b²/2 + b⁴ (...): the tails are tiny enough for floats.
  const sinTail = b2 * b2 * bh * (1 / 120 + b2 * (-1 / 5040 + b2 * (1 / 362880 - b2 / 39916800)));
  const cosTail = b2 * b2 * (1 / 24 + b2 * (-1 / 720 + b2 * (1 / 40320 - b2 / 3628800)));
  // b³/6 as a double-double: the cube, then an exact remainder for the division.
  const ch = S.mul(sqh, sql, bh, bl);
  const cl = S.lo();
  const qh = ch / 6;
  const p = S.prod2(qh, 6);
  const ql = (ch - p - S.lo() + cl) / 6;
  let sh = S.sum2(bh, -qh);
  let sl = S.lo() + bl - ql + sinTail;
  sh = S.fastSum2(sh, sl);
  sl = S.lo();
  let kh = S.fastSum2(1, -sqh / 2);
  let kl = S.lo() - sql / 2 + cosTail;
  kh = S.fastSum2(kh, kl);
  kl = S.lo();
  if (j === 0) {
    SIN_COS[0] = sh;
    SIN_COS[1] = sl;
    SIN_COS[2] = kh;
    SIN_COS[3] = kl;
    return;
  }
  const sign = rh < 0 ? -1 : 1;
  const sah = sign * sinHi![j]!;
  const sal = sign * sinLo![j]!;
  const cah = cosHi![j]!;
  const cal = cosLo![j]!;
  // sin(a + b) = sin a cos b + cos a sin b; cos(a + b) = cos a cos b - sin a sin b.
  const m1 = S.mul(sah, sal, kh, kl);
  const m1l = S.lo();
  const m2 = S.mul(cah, cal, sh, sl);
  const m2l = S.lo();
  SIN_COS[0] = S.add(m1, m1l, m2, m2l);
  SIN_COS[1] = S.lo();
  const m3 = S.mul(cah, cal, kh, kl);
  const m3l = S.lo();
  const m4 = S.mul(sah, sal, sh, sl);
  const m4l = S.lo();
  SIN_COS[2] = S.add(m3, m3l, -m4, -m4l);
  SIN_COS[3] = S.lo();
}

/** sin x and cos x of a finite float into SIN_COS (for the inverse functions' Newton steps too). */
export function sinCos(x: number): void {
  reduce(x);
  const quadrant = REDUCED[2]!;
  sinCosReduced(REDUCED[0]!, REDUCED[1]!);
  if (quadrant === 0) return;
  const sh = SIN_COS[0]!;
  const sl = SIN_COS[1]!;
  const ch = SIN_COS[2]!;
  const cl = SIN_COS[3]!;
  // Quadrant k: sin x = sin(r + kπ/2), cos x = cos(r + kπ/2).
  const flipSin = quadrant >= 2 ? -1 : 1;
  const flipCos = quadrant === 1 || quadrant === 2 ? -1 : 1;
  const odd = quadrant % 2 === 1;
  SIN_COS[0] = flipSin * (odd ? ch : sh);
  SIN_COS[1] = flipSin * (odd ? cl : sl);
  SIN_COS[2] = flipCos * (odd ? sh : ch);
  SIN_COS[3] = flipCos * (odd ? sl : cl);
}

const TINY = 2 ** -27;

export function sin(x: number): number {
  if (Math.abs(x) < TINY) return x;
  if (!Number.isFinite(x)) return NaN;
  sinCos(x);
  return SIN_COS[0]! + SIN_COS[1]!;
}

export function cos(x: number): number {
  if (Math.abs(x) < TINY) return 1;
  if (!Number.isFinite(x)) return NaN;
  sinCos(x);
  return SIN_COS[2]! + SIN_COS[3]!;
}

export function tan(x: number): number {
  if (Math.abs(x) < TINY) return x;
  if (!Number.isFinite(x)) return NaN;
  sinCos(x);
  return D.round(D.div(D.dd(SIN_COS[0]!, SIN_COS[1]!), D.dd(SIN_COS[2]!, SIN_COS[3]!)));
}
