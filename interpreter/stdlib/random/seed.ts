// Turning a seed value into the non-negative int the Mersenne Twister is keyed with, as CPython 3.11's
// Random.seed does: str/bytes/bytearray become the big-endian int of the bytes followed by their SHA-512
// digest (version 2, the default), ints seed by absolute value, floats by their hash.
//
// The sandbox has no entropy, so `seed()`, `seed(None)` and a never-seeded module all use DEFAULT_SEED
// instead of os.urandom: runs stay deterministic (CPython itself would differ on every run).

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { pyHash } from '../../objects/hash.ts';
import { PyBytes, type PyValue } from '../../objects/values.ts';
import { PyByteArray } from '../../builtins/bytearray.ts';
import { encodeString } from '../../builtins/str/codec.ts';
import { keyWords, type MersenneTwister } from './mt19937.ts';
import { sha512 } from '../hashlib/sha512.ts';

/** Stands in for os.urandom when a program seeds with None or never seeds. */
export const DEFAULT_SEED = 0n;

const MASK64 = (1n << 64n) - 1n;

function bigEndianInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function bytesOfSeed(a: PyValue): Uint8Array | undefined {
  if (typeof a === 'string') return encodeString(a, 'utf-8', 'strict');
  if (a instanceof PyBytes) return a.data;
  if (a instanceof PyByteArray) return Uint8Array.from(a.data);
  return undefined;
}

/** Version 1 (pre-3.2) string hashing, kept by CPython for reproducing old sequences. */
function versionOneInt(a: string | PyBytes): bigint {
  const codes =
    typeof a === 'string' ? Array.from(a, (c) => BigInt(c.codePointAt(0)!)) : Array.from(a.data, BigInt);
  let x = codes.length > 0 ? codes[0]! << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ c) & MASK64;
  x ^= BigInt(codes.length);
  return x;
}

/** `version == n` for the int, bool and float versions a program might pass. */
function sameNumber(v: PyValue, n: number): boolean {
  return (typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number') && Number(v) === n;
}

function isSeedType(a: PyValue): boolean {
  return (
    a === null ||
    typeof a === 'bigint' ||
    typeof a === 'boolean' ||
    typeof a === 'number' ||
    typeof a === 'string' ||
    a instanceof PyBytes ||
    a instanceof PyByteArray
  );
}

/** The key int for `Random.seed(a, version)`. */
export function seedInt(a: PyValue, version: PyValue): bigint {
  if (sameNumber(version, 1) && (typeof a === 'string' || a instanceof PyBytes)) return versionOneInt(a);
  const bytes = sameNumber(version, 2) ? bytesOfSeed(a) : undefined;
  if (bytes !== undefined) {
    const joined = new Uint8Array(bytes.length + 64);
    joined.set(bytes);
    joined.set(sha512(bytes), bytes.length);
    return bigEndianInt(joined);
  }
  if (!isSeedType(a)) {
    throw pyError(
      TypeError,
      'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
    );
  }
  if (a === null) return DEFAULT_SEED;
  if (typeof a === 'boolean') return a ? 1n : 0n;
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  if (a instanceof PyByteArray) throw pyError(TypeError, `unhashable type: '${typeOf(a).name}'`);
  // Anything else is keyed by its hash reinterpreted as an unsigned 64-bit word.
  return pyHash(a) & MASK64;
}

export function seedGenerator(mt: MersenneTwister, n: bigint): void {
  mt.seedByArray(keyWords(n));
}
