// The Merkle–Damgård padding shared by MD5 and the SHA family: a 1 bit, zeros, then the message length in
// bits, filling whole blocks.

/**
 * `msg` padded to a multiple of `blockSize` bytes, the bit length written in the last `lengthBytes` bytes
 * (little-endian for MD5, big-endian for SHA).
 */
export function padMessage(
  msg: Uint8Array,
  blockSize: number,
  lengthBytes: number,
  littleEndian: boolean,
): Uint8Array {
  const total = Math.ceil((msg.length + 1 + lengthBytes) / blockSize) * blockSize;
  const out = new Uint8Array(total);
  out.set(msg);
  out[msg.length] = 0x80;
  let bits = BigInt(msg.length) * 8n;
  for (let i = 0; i < lengthBytes && bits > 0n; i++) {
    const at = littleEndian ? total - lengthBytes + i : total - 1 - i;
    out[at] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  return out;
}

/** Big-endian 32-bit words to bytes. */
export function wordsToBytesBE(words: readonly number[]): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  words.forEach((w, i) => {
    out[i * 4] = w >>> 24;
    out[i * 4 + 1] = (w >>> 16) & 0xff;
    out[i * 4 + 2] = (w >>> 8) & 0xff;
    out[i * 4 + 3] = w & 0xff;
  });
  return out;
}
