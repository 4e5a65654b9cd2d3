// An insertion-ordered hash table with Python's key semantics, shared by dict, set and frozenset.
//
// Python treats 1, 1.0 and True as the same key and compares tuples by value. Rather than computing
// Python hashes for everything, keys are mapped to a canonical host key:
//   - primitives: bool and integral floats become bigint, other floats stay numbers, str and None as is;
//   - objects hashed by identity (functions, classes, plain instances): the object itself;
//   - tuples and frozensets of such keys: a canonical string (kept in a separate map, so it can never
//     collide with a user's str key);
//   - anything with a user-defined __hash__: bucketed by that hash and compared with __eq__ via the hooks.

import type { PyObject, PyValue } from './values.ts';

export interface HashHooks {
  /** Python hash of an object whose class defines __hash__/__eq__; throws TypeError when unhashable. */
  customHash(key: PyObject): bigint;
  /** Python `==` between a custom-hashed key and another key. */
  eq(a: PyValue, b: PyValue): boolean;
  /** Whether the key hashes by identity, by value (tuple, frozenset) or by a user-defined __hash__. */
  keyKind(key: PyObject): 'identity' | 'value' | 'custom';
  /** Elements of a value-hashed object (a tuple's items, a frozenset's keys), and a tag for its kind. */
  valueParts(key: PyObject): { tag: string; parts: readonly PyValue[]; unordered: boolean };
}

let hooks: HashHooks | null = null;
export function setHashHooks(h: HashHooks): void {
  hooks = h;
}

interface Entry<V> {
  key: PyValue;
  value: V;
}

type Primitive = null | boolean | bigint | number | string | PyObject;

const objectIds = new WeakMap<PyObject, number>();
let nextObjectId = 1;
function objectId(o: PyObject): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** The canonical host key, or null when the key needs a user-defined hash (bucketed separately). */
function canonical(key: PyValue): { map: 'prim' | 'composite'; k: Primitive } | null {
  switch (typeof key) {
    case 'boolean':
      return { map: 'prim', k: key ? 1n : 0n };
    case 'number':
      return { map: 'prim', k: Number.isInteger(key) ? BigInt(key) : key };
    case 'bigint':
    case 'string':
      return { map: 'prim', k: key };
    default:
      if (key === null) return { map: 'prim', k: null };
  }
  const kind = hooks!.keyKind(key);
  if (kind === 'identity') return { map: 'prim', k: key };
  if (kind === 'custom') return null;
  const enc = encodeValueKey(key);
  return enc === null ? null : { map: 'composite', k: enc };
}

function encodePart(v: PyValue): string | null {
  switch (typeof v) {
    case 'boolean':
      return v ? 'i1' : 'i0';
    case 'number':
      return Number.isInteger(v) ? 'i' + BigInt(v).toString() : 'f' + v.toString();
    case 'bigint':
      return 'i' + v.toString();
    case 'string':
      return 's' + v.length + ':' + v;
    default:
      if (v === null) return 'N';
  }
  const kind = hooks!.keyKind(v);
  if (kind === 'identity') return 'o' + objectId(v);
  if (kind === 'custom') return null;
  return encodeValueKey(v);
}

function encodeValueKey(key: PyObject): string | null {
  const { tag, parts, unordered } = hooks!.valueParts(key);
  const enc: string[] = [];
  for (const p of parts) {
    const e = encodePart(p);
    if (e === null) return null;
    enc.push(e);
  }
  if (unordered) enc.sort();
  return tag + enc.length + '(' + enc.join(',') + ')';
}

/**
 * str and int keys are their own canonical key: the common case skips canonical() and its allocation.
 * (Floats and bools are not: 1.0 and True must find the int 1.)
 */
function isFastKey(key: PyValue): key is string | bigint {
  const t = typeof key;
  return t === 'string' || t === 'bigint';
}

export class HashTable<V> {
  private entries: (Entry<V> | undefined)[] = [];
  private live = 0;
  private prim = new Map<Primitive, number>();
  private composite = new Map<string, number>();
  /** User-hashed keys: hash -> entry indexes. */
  private custom = new Map<bigint, number[]>();
  /** Bumped on every insertion or deletion, so iterators can detect a change of size. */
  version = 0;

  get size(): number {
    return this.live;
  }

  private find(key: PyValue): { index: number | undefined; c: ReturnType<typeof canonical>; h?: bigint } {
    const c = canonical(key);
    if (c !== null) {
      const index = c.map === 'prim' ? this.prim.get(c.k) : this.composite.get(c.k as string);
      return { index, c };
    }
    const h = hooks!.customHash(key as PyObject);
    const bucket = this.custom.get(h);
    if (bucket) {
      for (const i of bucket) {
        const e = this.entries[i];
        if (e && (e.key === key || hooks!.eq(e.key, key))) return { index: i, c, h };
      }
    }
    // A custom-hashed key can still equal a primitive (e.g. __eq__ against ints); those are rare enough to
    // ignore, as CPython would only find them when the hashes agree.
    return { index: undefined, c, h };
  }

  get(key: PyValue): V | undefined {
    const index = isFastKey(key) ? this.prim.get(key) : this.find(key).index;
    return index === undefined ? undefined : this.entries[index]!.value;
  }

  has(key: PyValue): boolean {
    return (isFastKey(key) ? this.prim.get(key) : this.find(key).index) !== undefined;
  }

  /** Returns the stored key equal to `key` (Python keeps the first key inserted: {1: 'a', 1.0: 'b'} -> {1: 'b'}). */
  getEntry(key: PyValue): Entry<V> | undefined {
    const { index } = this.find(key);
    return index === undefined ? undefined : this.entries[index];
  }

  set(key: PyValue, value: V): void {
    if (isFastKey(key)) {
      const index = this.prim.get(key);
      if (index !== undefined) {
        this.entries[index]!.value = value;
        return;
      }
      this.prim.set(key, this.entries.length);
      this.entries.push({ key, value });
      this.live++;
      this.version++;
      return;
    }
    const { index, c, h } = this.find(key);
    if (index !== undefined) {
      this.entries[index]!.value = value;
      return;
    }
    const i = this.entries.length;
    this.entries.push({ key, value });
    this.live++;
    this.version++;
    if (c === null) {
      const bucket = this.custom.get(h!);
      if (bucket) bucket.push(i);
      else this.custom.set(h!, [i]);
    } else if (c.map === 'prim') this.prim.set(c.k, i);
    else this.composite.set(c.k as string, i);
  }

  delete(key: PyValue): Entry<V> | undefined {
    const { index, c, h } = this.find(key);
    if (index === undefined) return undefined;
    const entry = this.entries[index]!;
    this.entries[index] = undefined;
    this.live--;
    this.version++;
    if (c === null) {
      const bucket = this.custom.get(h!)!;
      bucket.splice(bucket.indexOf(index), 1);
      if (bucket.length === 0) this.custom.delete(h!);
    } else if (c.map === 'prim') this.prim.delete(c.k);
    else this.composite.delete(c.k as string);
    if (this.entries.length > 32 && this.live * 2 < this.entries.length) this.compact();
    return entry;
  }

  clear(): void {
    this.entries = [];
    this.prim.clear();
    this.composite.clear();
    this.custom.clear();
    this.live = 0;
    this.version++;
  }

  /** Removes and returns the most recently inserted entry (dict.popitem). */
  popLast(): Entry<V> | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e) {
        this.delete(e.key);
        return e;
      }
    }
    return undefined;
  }

  /** Removes and returns the oldest entry (set.pop on a table of ints behaves close enough to CPython). */
  popFirst(): Entry<V> | undefined {
    for (const e of this.entries) {
      if (e) {
        this.delete(e.key);
        return e;
      }
    }
    return undefined;
  }

  *[Symbol.iterator](): IterableIterator<Entry<V>> {
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i];
      if (e) yield e;
    }
  }

  /** A snapshot of the live entries, for callers that mutate the table while walking it. */
  toArray(): Entry<V>[] {
    const out: Entry<V>[] = [];
    for (const e of this.entries) if (e) out.push(e);
    return out;
  }

  /** Entry at a position in the underlying array, for iterators that must notice mutation. */
  entryAt(i: number): Entry<V> | undefined | null {
    return i < this.entries.length ? this.entries[i] : null;
  }

  private compact(): void {
    const live = this.toArray();
    this.entries = [];
    this.prim.clear();
    this.composite.clear();
    this.custom.clear();
    this.live = 0;
    const version = this.version;
    for (const e of live) this.set(e.key, e.value);
    this.version = version;
  }
}
