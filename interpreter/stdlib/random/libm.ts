// Correctly rounded exp, log, pow, sin, cos and acos. CPython's random calls the C library's functions,
// which on glibc are within a hair of correct rounding, while V8's Math functions are off by one ulp for
// several percent of arguments; computing in double-double (~106 bits) and rounding once reproduces
// CPython's floats. Arguments outside what random's formulas produce fall back to Math.

import * as D from './double-double.ts';
import type { DD } from './double-double.ts';

const SCALE = 320n;
const ONE = 1n << SCALE;

/** atan(1/n) or atanh(1/n) scaled by 2**SCALE, by their alternating or plain series. */
function arcSeries(n: bigint, hyperbolic: boolean): bigint {
  let sum = 0n;
  let power = ONE / n;
  for (let k = 1n; power !== 0n; k += 2n) {
    const term = power / k;
    sum += hyperbolic || k % 4n === 1n ? term : -term;
    power /= n * n;
  }
  return sum;
}

/** A scaled BigInt as up to three floats holding `bits` significant bits each (most significant first). */
function toFloats(v: bigint, parts: number[]): number[] {
  const out: number[] = [];
  let rest = v;
  for (const bits of parts) {
    const len = rest.toString(2).length;
    const drop = BigInt(Math.max(0, len - bits));
    const head = bits === 53 ? (rest + (1n << drop) / 2n) >> drop : rest >> drop;
    out.push(Number(head) * 2 ** (Number(drop) - Number(SCALE)));
    rest -= head << drop;
  }
  return out;
}

const HALF_PI_FIXED = (16n * arcSeries(5n, false) - 4n * arcSeries(239n, false)) / 2n;
// π/2 in Cody-Waite pieces: k * (first two) is exact for the small k used here.
const [PIO2_1, PIO2_2, PIO2_3] = toFloats(HALF_PI_FIXED, [33, 33, 53]) as [number, number, number];
const [LN2_HI, LN2_LO] = toFloats(2n * arcSeries(3n, true), [53, 53]) as [number, number];
const LN2: DD = D.dd(LN2_HI, LN2_LO);

/** Sum of a series whose n-th term is the (n-1)-th times `factor(n)`, until terms stop mattering. */
function series(first: DD, next: (term: DD, n: number) => DD): DD {
  let sum = first;
  let term = first;
  for (let n = 1; n < 60; n++) {
    term = next(term, n);
    sum = D.add(sum, term);
    if (Math.abs(term.hi) < Math.abs(sum.hi) * 1e-34) break;
  }
  return sum;
}

function expDD(x: DD): DD {
  const k = Math.round(x.hi / LN2_HI);
  const r = D.sub(x, D.mulNum(LN2, k));
  const e = expSeries(r);
  // Scaling by 2**k in two steps keeps the intermediate factor finite.
  const half = Math.trunc(k / 2);
  return D.mulNum(D.mulNum(e, 2 ** half), 2 ** (k - half));
}

function expSeries(r: DD): DD {
  return series(D.dd(1), (t, n) => D.divNum(D.mul(t, r), n));
}

export function exp(x: number): number {
  if (!Number.isFinite(x) || x > 709.8 || x < -708) return Math.exp(x);
  return D.round(expDD(D.dd(x)));
}

function logDD(x: number): DD {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2)), and log m = 2 atanh((m - 1) / (m + 1)).
  let e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  if (m >= Math.SQRT2) {
    m /= 2;
    e += 1;
  } else if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const y = D.div(D.dd(m - 1), D.twoSum(m, 1));
  const y2 = D.mul(y, y);
  let power = y;
  let sum = y;
  for (let k = 3; k < 200; k += 2) {
    power = D.mul(power, y2);
    const term = D.divNum(power, k);
    sum = D.add(sum, term);
    if (Math.abs(term.hi) <= Math.abs(sum.hi) * 1e-34) break;
  }
  return D.add(D.mulNum(LN2, e), D.mulNum(sum, 2));
}

export function log(x: number): number {
  if (!(x > 0) || !Number.isFinite(x) || x < 2 ** -1000) return Math.log(x);
  return D.round(logDD(x));
}

/** x ** y for x > 0 and finite y, as exp(y log x) carried in double-double. */
export function pow(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || x < 2 ** -1000) return x ** y;
  if (x === 1 || y === 0) return 1;
  const t = D.mulNum(logDD(x), y);
  if (t.hi > 709.8 || t.hi < -708) return x ** y;
  return D.round(expDD(t));
}

/** r - k π/2 for the quadrant k nearest, in double-double. */
function reduce(x: number): { r: DD; k: number } {
  const k = Math.round(x / (PIO2_1 + PIO2_2));
  let r = D.twoSum(x, -k * PIO2_1);
  r = D.sub(r, D.twoProd(k, PIO2_2));
  r = D.sub(r, D.twoProd(k, PIO2_3));
  return { r, k };
}

function sinSeries(r: DD): DD {
  const r2 = D.mul(r, r);
  return series(r, (t, n) => D.neg(D.divNum(D.mul(t, r2), 2 * n * (2 * n + 1))));
}

function cosSeries(r: DD): DD {
  const r2 = D.mul(r, r);
  return series(D.dd(1), (t, n) => D.neg(D.divNum(D.mul(t, r2), (2 * n - 1) * (2 * n))));
}

function sinCos(x: number, wantSin: boolean): number {
  const { r, k } = reduce(x);
  const quadrant = ((((k % 4) + 4) % 4) + (wantSin ? 0 : 1)) % 4;
  const v = quadrant % 2 === 0 ? sinSeries(r) : cosSeries(r);
  return quadrant >= 2 ? -D.round(v) : D.round(v);
}

export function sin(x: number): number {
  return Number.isFinite(x) && Math.abs(x) < 1e5 ? sinCos(x, true) : Math.sin(x);
}

export function cos(x: number): number {
  return Number.isFinite(x) && Math.abs(x) < 1e5 ? sinCos(x, false) : Math.cos(x);
}

/** acos by one Newton step on cos from Math.acos's nearly correct start, the step in double-double. */
export function acos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const t0 = Math.acos(x);
  const { r, k } = reduce(t0);
  const q = ((k % 4) + 4) % 4;
  const c = [cosSeries(r), D.neg(sinSeries(r)), D.neg(cosSeries(r)), sinSeries(r)][q]!;
  const s = Math.sin(t0);
  const step = D.round(D.sub(c, D.dd(x))) / s;
  return D.round(D.twoSum(t0, step));
}
