// The Mersenne Twister (MT19937) generator behind CPython's `random`, with the same seeding by key array,
// the same 53-bit float construction and the same word order for getrandbits, so equal seeds give equal
// streams.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  /** The 624 state words; a Uint32Array keeps every store reduced mod 2**32. */
  readonly words = new Uint32Array(N);
  /**
   * Next word to temper; N means the state must be regenerated first. An unseeded generator starts at 0 on
   * an all-zero state, as CPython's freshly allocated one does (a subclass whose __init__ skips seeding
   * then yields only zeros there too).
   */
  index = 0;

  /** Seeds from a key of 32-bit words (least significant first), as CPython's init_by_array does. */
  seedByArray(key: readonly number[]): void {
    const mt = this.words;
    this.seedWord(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) >>> 0) + key[j]! + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    // The top bit guarantees a non-zero state whatever the key was.
    mt[0] = 0x80000000;
    this.index = N;
  }

  private seedWord(s: number): void {
    const mt = this.words;
    mt[0] = s;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.index = N;
  }

  private regenerate(): void {
    const mt = this.words;
    const twist = (a: number, b: number, far: number): number => {
      const y = (mt[a]! & UPPER_MASK) | (mt[b]! & LOWER_MASK);
      return mt[far]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    };
    let kk = 0;
    for (; kk < N - M; kk++) mt[kk] = twist(kk, kk + 1, kk + M);
    for (; kk < N - 1; kk++) mt[kk] = twist(kk, kk + 1, kk + M - N);
    mt[N - 1] = twist(N - 1, 0, M - 1);
    this.index = 0;
  }

  /** The next tempered 32-bit output word. */
  nextWord(): number {
    if (this.index >= N) this.regenerate();
    let y = this.words[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) from 27 + 26 bits of two words, exactly as CPython's random_random. */
  nextFloat(): number {
    const a = this.nextWord() >>> 5;
    const b = this.nextWord() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** `k` random bits (k >= 0): whole words fill from the low end, the last word keeps its top bits. */
  nextBits(k: number): bigint {
    if (k <= 32) return k === 0 ? 0n : BigInt(this.nextWord() >>> (32 - k));
    let result = 0n;
    for (let shift = 0n, left = k; left > 0; shift += 32n, left -= 32) {
      const w = left < 32 ? this.nextWord() >>> (32 - left) : this.nextWord();
      result |= BigInt(w) << shift;
    }
    return result;
  }
}

/** The key words CPython seeds from for a non-negative int: its 32-bit chunks, least significant first. */
export function keyWords(n: bigint): number[] {
  if (n === 0n) return [0];
  const key: number[] = [];
  for (let rest = n; rest > 0n; rest >>= 32n) key.push(Number(rest & 0xffffffffn));
  return key;
}
