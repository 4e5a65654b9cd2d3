// atan, atan2, asin and acos: the host's result (within an ulp or two) refined by one Newton step whose
// residual is evaluated with the double-double sin and cos, which leaves an error far below an ulp, then
// rounded once. glibc's versions are nearly always correctly rounded, so this reproduces them.

import * as D from './double-double.ts';
import type { DD } from './double-double.ts';
import { PI, PI_2 } from './constants.ts';
import * as S from './dd-scalar.ts';
import { SIN_COS, sinCos } from './trig.ts';

const TINY = 2 ** -27;
const HUGE = 2 ** 56;

/** θ + δ as a double-double, for the Newton-corrected angle. */
function corrected(theta: number, delta: number): DD {
  return D.twoSum(theta, delta);
}

function atanNewton(x: number): number {
  const t0 = Math.atan(x);
  sinCos(t0);
  // f(θ) = sin θ - x cos θ = sqrt(1 + x²) sin(θ - atan x): Newton's step on it is well conditioned
  // even where tan is steep, provided the slope is taken at θ0 itself. sin θ0 and x cos θ0 agree to
  // about an ulp, so their high parts subtract exactly.
  const xch = S.mulNum(SIN_COS[2]!, SIN_COS[3]!, x);
  const f = SIN_COS[0]! - xch + (SIN_COS[1]! - S.lo());
  return t0 - f / (SIN_COS[2]! + x * SIN_COS[0]!);
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < TINY) return x;
  if (Math.abs(x) > HUGE) return x > 0 ? PI_2.hi : -PI_2.hi;
  return atanNewton(x);
}

export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const negY = y < 0 || Object.is(y, -0);
  const negX = x < 0 || Object.is(x, -0);
  if (y === 0 || (Number.isFinite(y) && !Number.isFinite(x))) {
    // Along the x axis (or x infinitely far): ±0 to the right, ±π to the left.
    const r = negX ? PI.hi : 0;
    return negY ? -r : r;
  }
  if (!Number.isFinite(y)) {
    const r = x === Infinity ? PI_2.hi / 2 : x === -Infinity ? (3 * PI_2.hi) / 2 : PI_2.hi;
    return negY ? -r : r;
  }
  if (x === 0) return negY ? -PI_2.hi : PI_2.hi;
  // Common scaling by a power of two changes nothing; bring the larger coordinate near 1.
  // (In two steps at the extremes, so the factor itself stays finite and nonzero.)
  const big = Math.max(Math.abs(x), Math.abs(y));
  const pre = big > 2 ** 900 ? 2 ** -600 : big < 2 ** -900 ? 2 ** 600 : 1;
  const post = 2 ** -Math.round(Math.log2(big * pre));
  const xs = x * pre * post;
  const ys = y * pre * post;
  const ratio = Math.abs(ys / xs);
  if (ratio < 2 ** -60 || !(Math.abs(xs) > 2 ** -1000 && Math.abs(ys) > 2 ** -1000)) {
    if (Math.abs(ys) < Math.abs(xs)) {
      // atan(t) rounds like t for tiny t; on the left the angle rounds to ±π.
      if (!negX) return y / x;
      return negY ? -PI.hi : PI.hi;
    }
    return negY ? -PI_2.hi : PI_2.hi;
  }
  const t0 = Math.atan2(ys, xs);
  sinCos(t0);
  // f(θ) = x sin θ - y cos θ = hypot(x, y) sin(θ - answer); f'(θ) = x cos θ + y sin θ.
  const ph = S.mulNum(SIN_COS[0]!, SIN_COS[1]!, xs);
  const pl = S.lo();
  const qh = S.mulNum(SIN_COS[2]!, SIN_COS[3]!, ys);
  const f = ph - qh + (pl - S.lo());
  return t0 - f / (xs * SIN_COS[2]! + ys * SIN_COS[0]!);
}

/** asin of a double-double |z| <= about 0.71, where Newton's step on sin is well conditioned. */
function asinSmall(z: DD): DD {
  const t0 = Math.asin(z.hi);
  sinCos(t0);
  const f = SIN_COS[0]! - z.hi + (SIN_COS[1]! - z.lo);
  return corrected(t0, -f / SIN_COS[2]!);
}

/** sqrt((1 - a) / 2) for a in [1/2, 1], exactly enough: 1 - a is exact there. */
function halfAngle(a: number): DD {
  return D.sqrt(D.dd((1 - a) / 2));
}

export function asin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (ax < TINY) return x;
  if (ax <= 0.5) return D.round(asinSmall(D.dd(x)));
  // asin a = π/2 - 2 asin(sqrt((1 - a) / 2)).
  const r = D.round(D.sub(PI_2, D.mulNum(asinSmall(halfAngle(ax)), 2)));
  return x < 0 ? -r : r;
}

export function acos(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  // π/2 - x rounds to π/2 only when x is far below its last bit.
  if (ax < 2 ** -60) return PI_2.hi;
  if (ax <= 0.5) return D.round(D.sub(PI_2, asinSmall(D.dd(x))));
  // acos a = 2 asin(sqrt((1 - a) / 2)); acos(-a) = π - acos a.
  const half = D.mulNum(asinSmall(halfAngle(ax)), 2);
  return D.round(x > 0 ? half : D.sub(PI, half));
}
