// CPython's set iteration order. CPython iterates a set in the order of its open-addressing hash table, so
// `{10, 5, 33}` prints `{33, 10, 5}`: the order depends on the hashes, the table size, the probe sequence and
// the history of resizes and deletions. This module keeps, next to each set's HashTable, a model of that
// table (setobject.c in 3.11: 8 slots to start, 9 linear probes then perturbation, dummies on deletion,
// growth when fill*5 >= mask*3) and answers the order from it.
//
// The model is exact for keys whose CPython hash is deterministic (int, float, bool, and tuples of those).
// str and None hashes are randomized per CPython process, so a set holding any such key iterates in
// insertion order, which is as good as any order CPython could print.
//
// Mutations made through this module's functions are replayed on the model step by step. A set changed
// elsewhere (a table written directly) is re-synchronized lazily: removed keys become dummies, then new keys
// are added in insertion order.

import { pyHash } from './hash.ts';
import { pyEq } from './equality.ts';
import { PyTuple, type PySet, type PyValue } from './values.ts';
import type { HashTable } from './hashtable.ts';

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** Marks a deleted slot (CPython's `dummy` key). */
const DUMMY: unique symbol = Symbol('dummy');
type Slot = PyValue | typeof DUMMY | undefined;

/** The CPython hash of a key whose hash does not vary between runs, or null. */
function stableHash(key: PyValue): bigint | null {
  switch (typeof key) {
    case 'bigint':
      if (key >= 0n && key < 0x1fffffffffffffffn) return key;
      return pyHash(key);
    case 'boolean':
      return key ? 1n : 0n;
    case 'number':
      return pyHash(key);
    default:
      if (key instanceof PyTuple && key.pyType().name === 'tuple') {
        for (const item of key.items) if (stableHash(item) === null) return null;
        return pyHash(key);
      }
      return null;
  }
}

class TableModel {
  keys: Slot[] = new Array(MIN_SIZE).fill(undefined);
  hashes: bigint[] = new Array(MIN_SIZE).fill(0n);
  mask = MIN_SIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  /** False once a key without a stable hash was seen: the set then iterates in insertion order. */
  modeled = true;
  /** The HashTable version this model reflects. */
  version = 0;

  private firstProbe(hash: bigint): number {
    return Number(BigInt.asUintN(32, hash)) & this.mask;
  }

  private nextProbe(i: number, perturb: bigint): number {
    return (i * 5 + 1 + Number(perturb & BigInt(this.mask))) & this.mask;
  }

  /** Slot index holding `key`, or -1. */
  find(key: PyValue, hash: bigint): number {
    const { keys, hashes, mask } = this;
    let i = this.firstProbe(hash);
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && hashes[j] === hash && (k === key || pyEq(k, key))) return j;
        j++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      i = this.nextProbe(i, perturb);
    }
  }

  /**
   * set_add_entry: returns false when an equal key was already present. A new key goes to the last dummy
   * slot its probe sequence passed before reaching a never-used slot, or to that slot when there was none
   * (measured against CPython 3.11: the most recent dummy wins, not the first).
   */
  add(key: PyValue, hash: bigint): boolean {
    const { mask } = this;
    let i = this.firstProbe(hash);
    let perturb = BigInt.asUintN(64, hash);
    let freeSlot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === undefined) {
          if (freeSlot >= 0) {
            this.keys[freeSlot] = key;
            this.hashes[freeSlot] = hash;
            this.used++;
            return true;
          }
          this.keys[j] = key;
          this.hashes[j] = hash;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) freeSlot = j;
        else if (this.hashes[j] === hash && (k === key || pyEq(k, key))) return false;
        j++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      i = this.nextProbe(i, perturb);
    }
  }

  discard(key: PyValue, hash: bigint): boolean {
    const j = this.find(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1n;
    this.used--;
    return true;
  }

  /** set_insert_clean: placement in a table known to hold no equal key and no dummies. */
  private insertClean(key: PyValue, hash: bigint): void {
    const { mask } = this;
    let i = this.firstProbe(hash);
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      if (this.keys[i] === undefined) {
        this.keys[i] = key;
        this.hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (this.keys[j] === undefined) {
            this.keys[j] = key;
            this.hashes[j] = hash;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = this.nextProbe(i, perturb);
    }
  }

  /** set_table_resize: the smallest power of two above `minUsed`, live keys re-placed in table order. */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array(size).fill(undefined);
    this.hashes = new Array(size).fill(0n);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[i]!);
    }
  }

  /** set_merge: `this` gains every key of `other` (set.update(other_set), set(other_set), copies). */
  merge(other: TableModel): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i < other.keys.length; i++) {
        const k = other.keys[i];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hashes[i]!);
      }
      return;
    }
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[i]!);
    }
  }

  /** set_pop: the first live slot from the finger on. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    while (this.keys[i] === undefined || this.keys[i] === DUMMY) i = i === this.mask ? 0 : i + 1;
    const key = this.keys[i] as PyValue;
    this.keys[i] = DUMMY;
    this.hashes[i] = -1n;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  clear(): void {
    this.keys = new Array(MIN_SIZE).fill(undefined);
    this.hashes = new Array(MIN_SIZE).fill(0n);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  order(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }
}

const models = new WeakMap<HashTable<true>, TableModel>();

/** The model of `set`'s table, brought up to date with changes made behind this module's back. */
function modelOf(set: PySet): TableModel {
  const table = set.table;
  let m = models.get(table);
  if (m === undefined) {
    m = new TableModel();
    models.set(table, m);
    m.version = -1;
  }
  if (m.version !== table.version) resync(m, table);
  return m;
}

function resync(m: TableModel, table: HashTable<true>): void {
  m.version = table.version;
  if (!m.modeled) return;
  for (let i = 0; i < m.keys.length; i++) {
    const k = m.keys[i];
    if (k !== undefined && k !== DUMMY && !table.has(k)) {
      m.keys[i] = DUMMY;
      m.hashes[i] = -1n;
      m.used--;
    }
  }
  for (const e of table) {
    const h = stableHash(e.key);
    if (h === null) {
      m.modeled = false;
      return;
    }
    if (m.find(e.key, h) < 0) m.add(e.key, h);
  }
}

/** The keys of `set` in CPython's iteration order (what repr, iteration and list(set) show). */
export function setOrder(set: PySet): PyValue[] {
  const m = modelOf(set);
  if (!m.modeled) {
    const out: PyValue[] = [];
    for (const e of set.table) out.push(e.key);
    return out;
  }
  return m.order();
}

/** Records one insertion in the model (the table already holds the key). */
function noteAdd(m: TableModel, key: PyValue): void {
  if (!m.modeled) return;
  const h = stableHash(key);
  if (h === null) m.modeled = false;
  else m.add(key, h);
}

/** `set.add(key)`. */
export function setAdd(set: PySet, key: PyValue): void {
  const m = modelOf(set);
  const size = set.table.size;
  set.table.set(key, true);
  if (set.table.size !== size) noteAdd(m, key);
  m.version = set.table.version;
}

/** `set.discard(key)`; true when the key was present. */
export function setDiscard(set: PySet, key: PyValue): boolean {
  const m = modelOf(set);
  const entry = set.table.delete(key);
  if (entry === undefined) return false;
  if (m.modeled) m.discard(entry.key, stableHash(entry.key)!);
  m.version = set.table.version;
  return true;
}

/** `set.pop()`: the element CPython would remove, or undefined when empty. */
export function setPop(set: PySet): PyValue | undefined {
  const m = modelOf(set);
  let key: PyValue | undefined;
  if (m.modeled) key = m.pop();
  else key = set.table.popFirst()?.key;
  if (key !== undefined && m.modeled) set.table.delete(key);
  m.version = set.table.version;
  return key;
}

export function setClear(set: PySet): void {
  const m = modelOf(set);
  set.table.clear();
  m.clear();
  m.modeled = true;
  m.version = set.table.version;
}

/**
 * set_merge: adds every key of `other` as CPython does when updating a set from another set (one up-front
 * resize, then either a straight copy of the layout or clean insertion).
 */
export function setMergeSet(set: PySet, other: PySet): void {
  if (other === set || other.table.size === 0) return;
  const m = modelOf(set);
  const om = modelOf(other);
  for (const e of other.table) set.table.set(e.key, true);
  if (m.modeled && om.modeled) m.merge(om);
  else m.modeled = false;
  m.version = set.table.version;
}

/** set_update_internal for a dict argument: one up-front resize, then the keys in dict order. */
export function setMergeKeys(set: PySet, keys: readonly PyValue[]): void {
  const m = modelOf(set);
  if (m.modeled && (m.fill + keys.length) * 5 >= m.mask * 3) m.resize((m.used + keys.length) * 2);
  for (const k of keys) {
    const size = set.table.size;
    set.table.set(k, true);
    if (set.table.size !== size) noteAdd(m, k);
  }
  m.version = set.table.version;
}

/** After difference_update: CPython rebuilds the table when more than a quarter of it is dummies. */
export function setPurgeDummies(set: PySet): void {
  const m = modelOf(set);
  if (!m.modeled) return;
  if (m.fill - m.used <= Math.floor(m.mask / 4)) return;
  m.resize(m.used > 50000 ? m.used * 2 : m.used * 4);
}

/** set_swap_bodies (intersection_update): `set` takes over `from`'s contents and exact layout. */
export function setReplaceWith(set: PySet, from: PySet): void {
  const src = modelOf(from);
  set.table.clear();
  for (const e of from.table) set.table.set(e.key, true);
  const m = modelOf(set);
  m.keys = src.keys.slice();
  m.hashes = src.hashes.slice();
  m.mask = src.mask;
  m.fill = src.fill;
  m.used = src.used;
  m.modeled = src.modeled;
  m.version = set.table.version;
}
