// Real-valued distributions, transcribing random.py 3.11's formulas step for step (same draws, same
// operation order) so the floats agree bit for bit. Arithmetic that involves the caller's arguments goes
// through the interpreter's operators, so int arguments and bad types behave as in CPython.

import { binaryOp } from '../../objects/arithmetic.ts';
import { compareBool } from '../../objects/compare.ts';
import { OverflowError, ValueError, ZeroDivisionError, PyError, pyError } from '../../objects/exceptions.ts';
import type { PyValue } from '../../objects/values.ts';
import { toMathFloat } from '../math/floats.ts';
import type { PyRandom, Source } from './generator.ts';
import * as libm from '../../objects/libm/index.ts';

const TWOPI = 2 * Math.PI;
export const LOG4 = libm.log(4.0);
export const SG_MAGICCONST = 1.0 + libm.log(4.5);
export const NV_MAGICCONST = (4 * libm.exp(-0.5)) / Math.sqrt(2.0);

const add = (a: PyValue, b: PyValue): PyValue => binaryOp('+', a, b);
const sub = (a: PyValue, b: PyValue): PyValue => binaryOp('-', a, b);
const mul = (a: PyValue, b: PyValue): PyValue => binaryOp('*', a, b);
const div = (a: PyValue, b: PyValue): PyValue => binaryOp('/', a, b);
/** `a ** b`, correctly rounded like C's pow when both are floats and the base is positive. */
function power(a: PyValue, b: PyValue): PyValue {
  if (
    typeof a !== 'number' ||
    typeof b !== 'number' ||
    !(a > 0) ||
    !Number.isFinite(a) ||
    !Number.isFinite(b)
  ) {
    return binaryOp('**', a, b);
  }
  const r = libm.pow(a, b);
  if (!Number.isFinite(r)) throw pyError(OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

function pow(a: number, b: number): number {
  return power(a, b) as number;
}

/** math.exp with its OverflowError. */
function exp(x: number): number {
  const r = libm.exp(x);
  if (r === Infinity && Number.isFinite(x)) throw pyError(OverflowError, 'math range error');
  return r;
}

/** math.log with its ValueError for non-positive arguments. */
function log(x: number): number {
  if (x <= 0) throw pyError(ValueError, 'math domain error');
  return libm.log(x);
}

export function uniform(src: Source, a: PyValue, b: PyValue): PyValue {
  return add(a, mul(sub(b, a), src.random()));
}

export function triangular(src: Source, low: PyValue, high: PyValue, mode: PyValue): PyValue {
  let u = src.random();
  let c: number;
  try {
    c = mode === null ? 0.5 : toMathFloat(div(sub(mode, low), sub(high, low)));
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(ZeroDivisionError)) return low;
    throw e;
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return add(low, mul(sub(high, low), Math.sqrt(u * c)));
}

/** Kinderman and Monahan's ratio-of-uniforms method. */
export function normalvariate(src: Source, mu: PyValue, sigma: PyValue): PyValue {
  let z: number;
  for (;;) {
    const u1 = src.random();
    const u2 = 1.0 - src.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return add(mu, mul(z, sigma));
}

/** Box-Muller: each pair of draws yields two values; the second is kept for the next call. */
export function gauss(src: Source, self: PyRandom, mu: PyValue, sigma: PyValue): PyValue {
  let z = self.gaussNext;
  self.gaussNext = null;
  if (z === null) {
    const x2pi = src.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * log(1.0 - src.random()));
    z = libm.cos(x2pi) * g2rad;
    self.gaussNext = libm.sin(x2pi) * g2rad;
  }
  return add(mu, mul(z, sigma));
}

/** lognormvariate, given the normalvariate(mu, sigma) draw it exponentiates. */
export function lognormal(normal: PyValue): number {
  return exp(toMathFloat(normal));
}

export function expovariate(src: Source, lambd: PyValue): PyValue {
  return div(-log(1.0 - src.random()), lambd);
}

export function paretovariate(src: Source, alpha: PyValue): PyValue {
  const u = 1.0 - src.random();
  return power(u, div(-1.0, alpha));
}

export function weibullvariate(src: Source, alpha: PyValue, beta: PyValue): PyValue {
  const u = 1.0 - src.random();
  return mul(alpha, power(-log(u), div(1.0, beta)));
}

export function vonmisesvariate(src: Source, muArg: PyValue, kappaArg: PyValue): PyValue {
  const mu = toMathFloat(muArg);
  const kappa = toMathFloat(kappaArg);
  if (kappa <= 1e-6) return TWOPI * src.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = src.random();
    z = libm.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = src.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  const u3 = src.random();
  const angle = u3 > 0.5 ? mu + libm.acos(f) : mu - libm.acos(f);
  return binaryOp('%', angle, TWOPI);
}

export function gammavariate(src: Source, alphaArg: PyValue, betaArg: PyValue): PyValue {
  if (compareBool('<=', alphaArg, 0.0) || compareBool('<=', betaArg, 0.0)) {
    throw pyError(ValueError, 'gammavariate: alpha and beta must be > 0.0');
  }
  const alpha = toMathFloat(alphaArg);
  if (alpha > 1.0) {
    // Cheng's rejection algorithm GB.
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = src.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - src.random();
      const v = log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return mul(x, betaArg);
    }
  }
  if (alpha === 1.0) return mul(-log(1.0 - src.random()), betaArg);
  // Algorithm GS (Kennedy and Gentle) for 0 < alpha < 1.
  let x: number;
  for (;;) {
    const u = src.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = src.random();
    if (p > 1.0) {
      if (u1 <= pow(x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) break;
  }
  return mul(x, betaArg);
}

/** betavariate from two gammavariate(·, 1.0) draws (`gamma` may be a subclass's override). */
export function betavariate(gamma: (alpha: PyValue) => PyValue, alpha: PyValue, beta: PyValue): PyValue {
  const y = gamma(alpha);
  if (y === 0 || y === 0n || y === false) return 0.0;
  return div(y, add(y, gamma(beta)));
}
