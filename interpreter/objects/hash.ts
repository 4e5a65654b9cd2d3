// hash() with CPython's values where they are deterministic (ints, floats, bools, tuples, frozensets,
// ranges), a fixed deterministic hash for str/bytes (CPython randomizes those), identity hashes for
// functions, classes and plain instances, and user __hash__. Also installs the HashTable hooks.

import { objectType, typeOf } from './builtin-types.ts';
import { TypeError, pyError } from './exceptions.ts';
import { findDunder, hasPayload, isNativeValue } from './dunder.ts';
import { pyEq } from './equality.ts';
import { setHashHooks } from './hashtable.ts';
import { decompose } from './bits.ts';
import { fakeAddress } from './repr.ts';
import { callValue } from './runtime.ts';
import { PyBytes, PyInstance, PyRange, PySet, PyTuple, type PyObject, type PyValue } from './values.ts';

const MODULUS = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;
const NONE_HASH = 8793373170622n;

export function intHash(n: bigint): bigint {
  if (n >= 0n) return n < MODULUS ? n : n % MODULUS;
  const h = -(-n < MODULUS ? -n : -n % MODULUS);
  return h === -1n ? -2n : h;
}

export function floatHash(x: number): bigint {
  if (x !== x) return 0n;
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return intHash(BigInt(x));
  // hash = mantissa * 2**exp reduced mod 2**61-1, where 2**-k is 2**(61-k mod 61) because 2**61 = 1.
  const { neg, mantissa, exp } = decompose(x)!;
  const e = ((exp % 61) + 61) % 61;
  let h = ((mantissa % MODULUS) << BigInt(e)) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

export function strHash(s: string): bigint {
  // CPython's string hash is randomized per process, except that the empty string always hashes to 0.
  if (s === '') return 0n;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const h = BigInt.asIntN(64, (BigInt(h1 >>> 0) << 32n) | BigInt(h2 >>> 0));
  return h === -1n ? -2n : h;
}

function bytesHash(data: Uint8Array): bigint {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return strHash(s);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython 3.8+ tuple hash (an xxHash variant). */
export function tupleHash(items: readonly PyValue[]): bigint {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = BigInt.asUintN(64, pyHash(item));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M64;
}

/** CPython's frozenset hash (its null/dummy-entry corrections cancel out, leaving the live entries). */
function frozensetHash(s: PySet): bigint {
  let h = 0n;
  for (const e of s.table) h ^= shuffleBits(BigInt.asUintN(64, pyHash(e.key)));
  const size = BigInt(s.table.size);
  h ^= ((size + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  return BigInt.asIntN(64, h);
}

function rangeParts(r: PyRange): PyValue[] {
  const n = r.length;
  if (n === 0n) return [n, null, null];
  if (n === 1n) return [n, r.start, null];
  return [n, r.start, r.step];
}

function unhashable(v: PyValue): never {
  throw pyError(TypeError, `unhashable type: '${typeOf(v).name}'`);
}

/** How a non-primitive object hashes; throws TypeError for unhashable ones. */
export function hashKind(o: PyObject): 'identity' | 'value' | 'custom' {
  if (isNativeValue(o)) {
    if (o instanceof PyTuple || o instanceof PyRange || o instanceof PyBytes) return 'value';
    if (o instanceof PySet && o.frozen) return 'value';
    return unhashable(o);
  }
  const payload = hasPayload(o);
  if (!payload && !(o instanceof PyInstance) && typeOf(o).isBuiltin) return 'identity';
  // The first class along the MRO that defines __hash__ or __eq__ decides (defining __eq__ alone sets
  // __hash__ to None, as CPython does at class creation). Builtin bases end the search.
  for (const t of typeOf(o).mro) {
    if (t === objectType || (payload && t.module === 'builtins')) break;
    const h = t.dict.get('__hash__');
    if (h !== undefined) return h === null ? unhashable(o) : 'custom';
    if (t.dict.has('__eq__')) unhashable(o);
  }
  if (payload) return o instanceof PyTuple || (o instanceof PySet && o.frozen) ? 'value' : unhashable(o);
  return 'identity';
}

export function pyHash(v: PyValue): bigint {
  switch (typeof v) {
    case 'bigint':
      return intHash(v);
    case 'string':
      return strHash(v);
    case 'number':
      return floatHash(v);
    case 'boolean':
      return v ? 1n : 0n;
  }
  if (v === null) return NONE_HASH;
  const kind = hashKind(v);
  if (kind === 'identity') return fakeAddress(v) >> 4n;
  if (kind === 'custom') return customHash(v);
  if (v instanceof PyTuple) return tupleHash(v.items);
  if (v instanceof PyBytes) return bytesHash(v.data);
  if (v instanceof PyRange) return tupleHash(rangeParts(v));
  return frozensetHash(v as PySet);
}

function customHash(o: PyObject): bigint {
  const method = findDunder(o, '__hash__')!;
  let r = callValue(method, [o]);
  if (typeof r === 'boolean') r = r ? 1n : 0n;
  if (typeof r !== 'bigint') throw pyError(TypeError, '__hash__ method should return an integer');
  return intHash(r);
}

setHashHooks({
  customHash: (key) => pyHash(key),
  eq: pyEq,
  keyKind: hashKind,
  valueParts(key) {
    if (key instanceof PyTuple) return { tag: 't', parts: key.items, unordered: false };
    if (key instanceof PySet)
      return { tag: 'f', parts: key.table.toArray().map((e) => e.key), unordered: true };
    if (key instanceof PyBytes)
      return { tag: 'b', parts: Array.from(key.data, (b) => BigInt(b)), unordered: false };
    if (key instanceof PyRange) return { tag: 'r', parts: rangeParts(key), unordered: false };
    throw new Error('valueParts: not a value-hashed object');
  },
});
