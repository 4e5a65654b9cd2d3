// Hyperbolic functions as glibc computes them: its versions follow fdlibm's formulas on top of its own
// exp, expm1, log and log1p, so the same formulas over a correctly rounded exp and log (and the host's
// fdlibm-derived expm1 and log1p) give the same floats. Range tests look at the high word as fdlibm does.

import { exp } from './exp.ts';
import { log } from './log.ts';
import { highWord } from './rounding.ts';

const LN2 = 6.93147180559945286227e-1;

export function cosh(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  const ix = highWord(ax);
  if (ix < 0x3fd62e43) {
    // |x| < ln2 / 2: 1 + expm1(|x|)² / (2 exp(|x|)).
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ix < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax);
  if (ax <= 7.10475860073943977113e2) {
    const w = exp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  const ix = highWord(ax);
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (ax <= 7.10475860073943977113e2) {
    const w = exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * Infinity;
}

export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  const ix = highWord(ax);
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) w = log(ax) + LN2;
  else if (ix > 0x40000000) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (!(x >= 1)) return NaN;
  if (x === Infinity) return x;
  const ix = highWord(x);
  if (ix >= 0x41b00000) return log(x) + LN2;
  if (x === 1) return 0;
  if (ix > 0x40000000) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}
