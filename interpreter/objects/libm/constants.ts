// Constants (π, ln 2, 2/π) computed once as BigInt fixed-point numbers from convergent series, then cut
// into floats: several floats whose sum carries far more than 53 bits, with leading pieces short enough
// that multiplying them by a small integer is exact (Cody and Waite's argument reduction).

import { dd, type DD } from './double-double.ts';

const SCALE = 400;
const ONE = 1n << BigInt(SCALE);

/** atan(1/n) (or atanh(1/n)) times 2**scale, by the alternating (or plain) series in 1/n. */
function arcSeries(n: bigint, hyperbolic: boolean, one: bigint): bigint {
  let sum = 0n;
  let power = one / n;
  for (let k = 1n; power !== 0n; k += 2n) {
    const term = power / k;
    sum += hyperbolic || k % 4n === 1n ? term : -term;
    power /= n * n;
  }
  return sum;
}

/** π times 2**scale, by Machin's formula. */
function piFixed(scale: number): bigint {
  const one = 1n << BigInt(scale + 16);
  return (16n * arcSeries(5n, false, one) - 4n * arcSeries(239n, false, one)) >> 16n;
}

function bitLength(v: bigint): number {
  return v.toString(2).length;
}

/**
 * A positive fixed-point value (times 2**SCALE) as floats holding the given numbers of significant bits,
 * most significant first; every piece but the last is truncated, the last rounded.
 */
export function fixedToFloats(v: bigint, parts: number[], scale = SCALE): number[] {
  const out: number[] = [];
  let rest = v;
  parts.forEach((bits, i) => {
    const drop = BigInt(Math.max(0, bitLength(rest) - bits));
    const last = i === parts.length - 1;
    const head = last ? (rest + ((1n << drop) >> 1n)) >> drop : rest >> drop;
    out.push(Number(head) * 2 ** (Number(drop) - scale));
    rest -= head << drop;
  });
  return out;
}

const PI_FIXED = piFixed(SCALE);
const LN2_FIXED = 2n * arcSeries(3n, true, ONE);

export const PI: DD = dd(...(fixedToFloats(PI_FIXED, [53, 53]) as [number, number]));
export const PI_2: DD = dd(PI.hi / 2, PI.lo / 2);
/** π/2 in three pieces: k times either of the first two is exact for |k| < 2**20. */
export const [PIO2_1, PIO2_2, PIO2_3] = fixedToFloats(PI_FIXED >> 1n, [33, 33, 53]) as [
  number,
  number,
  number,
];

export const LN2: DD = dd(...(fixedToFloats(LN2_FIXED, [53, 53]) as [number, number]));
/** ln 2 in three pieces: e times the first is exact for any float exponent e. */
export const [LN2_1, LN2_2, LN2_3] = fixedToFloats(LN2_FIXED, [42, 53, 53]) as [number, number, number];
/** ln 2 / 256 in three pieces: k times the first is exact for |k| < 2**19 (all of exp's range). */
export const [LN2_256_1, LN2_256_2, LN2_256_3] = fixedToFloats(LN2_FIXED >> 8n, [34, 53, 53]) as [
  number,
  number,
  number,
];
/** 1 / ln 2. */
export const INV_LN2: DD = dd(
  ...(fixedToFloats((ONE << BigInt(SCALE)) / LN2_FIXED, [53, 53]) as [number, number]),
);

/** Bits of 2/π after the binary point for reducing huge arguments of sin, cos and tan (computed on demand). */
export const TWO_OVER_PI_BITS = 1400;
let twoOverPi: bigint | null = null;

/** floor(2/π * 2**TWO_OVER_PI_BITS). */
export function twoOverPiFixed(): bigint {
  if (twoOverPi === null) {
    const extra = 64;
    twoOverPi = (1n << BigInt(2 * TWO_OVER_PI_BITS + extra + 1)) / piFixed(TWO_OVER_PI_BITS + extra);
  }
  return twoOverPi;
}
