// SHA-512 and SHA-384 (FIPS 180-4), on 64-bit words held as BigInt. The constants are derived rather than
// listed: the first 64 bits of the fractional parts of the cube roots (round constants) and square roots
// (initial values) of the first primes, computed exactly with integer roots.

import { padMessage } from './padding.ts';

const MASK = (1n << 64n) - 1n;

function primes(n: number): bigint[] {
  const out: bigint[] = [];
  for (let c = 2; out.length < n; c++) {
    if (out.every((p) => c % Number(p) !== 0)) out.push(BigInt(c));
  }
  return out;
}

/** floor(x^(1/k)) for k = 2 or 3, by Newton's method on integers. */
function intRoot(x: bigint, k: bigint): bigint {
  let r = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}

/** The 64 fraction bits of p^(1/k): floor(p^(1/k) * 2^64) mod 2^64. */
function fraction64(p: bigint, k: bigint): bigint {
  return intRoot(p << (64n * k), k) & MASK;
}

const PRIMES = primes(80);
const K = PRIMES.map((p) => fraction64(p, 3n));
const IV512 = PRIMES.slice(0, 8).map((p) => fraction64(p, 2n));
const IV384 = PRIMES.slice(8, 16).map((p) => fraction64(p, 2n));

function rotr(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK;
}

function compress(msg: Uint8Array, iv: readonly bigint[]): bigint[] {
  const data = padMessage(msg, 128, 16, false);
  const h = iv.slice();
  const w = new Array<bigint>(80);
  for (let off = 0; off < data.length; off += 128) {
    for (let j = 0; j < 16; j++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(data[off + j * 8 + b]!);
      w[j] = v;
    }
    for (let j = 16; j < 80; j++) {
      const x = w[j - 15]!;
      const y = w[j - 2]!;
      const s0 = rotr(x, 1n) ^ rotr(x, 8n) ^ (x >> 7n);
      const s1 = rotr(y, 19n) ^ rotr(y, 61n) ^ (y >> 6n);
      w[j] = (w[j - 16]! + s0 + w[j - 7]! + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let i = 0; i < 80; i++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + K[i]! + w[i]!) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i]! + v) & MASK));
  }
  return h;
}

function toBytes(words: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(words.length * 8);
  words.forEach((w, i) => {
    for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((w >> BigInt(56 - 8 * b)) & 0xffn);
  });
  return out;
}

export function sha512(msg: Uint8Array): Uint8Array {
  return toBytes(compress(msg, IV512));
}

export function sha384(msg: Uint8Array): Uint8Array {
  return toBytes(compress(msg, IV384).slice(0, 6));
}
