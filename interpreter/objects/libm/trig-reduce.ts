// Argument reduction for sin, cos and tan: x = k π/2 + r with |r| <= about π/4, r in double-double.
// Moderate arguments use Cody and Waite's three-piece π/2; huge ones, and the few moderate ones that fall
// so near a multiple of π/2 that cancellation would eat the precision, multiply the exact binary value of
// x by 2/π held to 1400 bits (Payne and Hanek's method, in BigInt).

import * as D from './double-double.ts';
import * as S from './dd-scalar.ts';
import { PI_2, PIO2_1, PIO2_2, PIO2_3, TWO_OVER_PI_BITS, twoOverPiFixed } from './constants.ts';
import { decompose } from '../bits.ts';

/** reduce()'s result: r = REDUCED[0] + REDUCED[1], quadrant (k mod 4: which of ±sin r, ±cos r) REDUCED[2]. */
export const REDUCED = new Float64Array(3);

const TWO_OVER_PI = 2 / Math.PI;
const CODY_WAITE_LIMIT = 2 ** 19;
const TOO_CLOSE = 2 ** -14;

/** Reduces a finite x into REDUCED. */
export function reduce(x: number): void {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) {
    REDUCED[0] = x;
    REDUCED[1] = 0;
    REDUCED[2] = 0;
    return;
  }
  if (ax < CODY_WAITE_LIMIT) {
    const k = Math.round(x * TWO_OVER_PI);
    // k times the first two pieces is exact, and x - k PIO2_1 is exact since the two are close.
    const h = S.sum2(x - k * PIO2_1, -k * PIO2_2);
    const l = S.lo();
    const p = S.prod2(k, PIO2_3);
    const pe = S.lo();
    const rh = S.sum2(h, -p);
    const rl = S.lo() + l - pe;
    if (Math.abs(rh) >= TOO_CLOSE) {
      REDUCED[0] = S.fastSum2(rh, rl);
      REDUCED[1] = S.lo();
      REDUCED[2] = k & 3;
      return;
    }
  }
  reduceExactly(x);
}

const GUARD = 200;

function reduceExactly(x: number): void {
  const parts = decompose(x)!;
  // |x| 2/π = m * twoOverPi * 2**(e - BITS); s bits of that product lie after the binary point.
  const product = parts.mantissa * twoOverPiFixed();
  const s = BigInt(TWO_OVER_PI_BITS - parts.exp);
  let whole = product >> s;
  let frac = product - (whole << s);
  if (frac >= 1n << (s - 1n)) {
    frac -= 1n << s;
    whole += 1n;
  }
  // The top GUARD bits of the fraction (in [-1/2, 1/2]) as a double-double.
  const top = frac >> (s - BigInt(GUARD));
  const hi = Number(top);
  const lo = Number(top - BigInt(hi));
  const f = D.dd(hi * 2 ** -GUARD, lo * 2 ** -GUARD);
  const r = D.mul(f, PI_2);
  const quadrant = Number(whole & 3n);
  REDUCED[0] = parts.neg ? -r.hi : r.hi;
  REDUCED[1] = parts.neg ? -r.lo : r.lo;
  REDUCED[2] = parts.neg ? (4 - quadrant) & 3 : quadrant;
}
