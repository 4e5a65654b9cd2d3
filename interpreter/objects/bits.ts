// Bit-level facts about numbers, shared by integer arithmetic, float formatting and the libm: how many bits
// an int needs, and a float's exact mantissa and exponent.

export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  if (n < 0x100000000n) return 32 - Math.clz32(Number(n));
  return n.toString(16).length * 4 - (4 - hexTopBits(n));
}

function hexTopBits(n: bigint): number {
  const top = parseInt(n.toString(16)[0]!, 16);
  return top >= 8 ? 4 : top >= 4 ? 3 : top >= 2 ? 2 : 1;
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** A finite nonzero float as `mantissa * 2**exp` exactly, sign apart; null for zero, inf and NaN. */
export function decompose(x: number): { neg: boolean; mantissa: bigint; exp: number } | null {
  if (x === 0 || !Number.isFinite(x)) return null;
  F64[0] = x;
  const bits = U64[0]!;
  const neg = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (biased === 0) return { neg, mantissa: frac, exp: -1074 };
  return { neg, mantissa: frac | 0x10000000000000n, exp: biased - 1075 };
}
