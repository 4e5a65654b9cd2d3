// Dicts that are views of a namespace Map. Frames keep names in Maps (globals, exec's locals), but
// globals(), locals() and the dicts passed to exec/eval are Python dicts the program reads and writes. Such a
// dict's table mirrors its Map both ways: writes through the dict go to the Map (so `globals()['x'] = 1`
// defines x), and every read first brings the table up to date with the Map (so a dict held by the program
// sees later assignments, as CPython's live globals dict does).

import { HashTable } from '../objects/hashtable.ts';
import { PyDict, type PyValue } from '../objects/values.ts';
import { globalsChanged } from './names.ts';

type Namespace = Map<string, PyValue>;
type Entry = { key: PyValue; value: PyValue };

class NamespaceTable extends HashTable<PyValue> {
  /** Set while the table copies the Map, so the copy is not written back. */
  private syncing = false;

  constructor(readonly ns: Namespace) {
    super();
  }

  /** Copies assignments and deletions made in the Map since the last read (O(names), no-op when equal). */
  refresh(): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      for (const [k, v] of this.ns) if (super.get(k) !== v) super.set(k, v);
      if (super.size !== this.ns.size) {
        // Non-str keys (a dict passed to exec may hold any key) have no Map entry and are kept.
        for (const e of super.toArray()) {
          if (typeof e.key === 'string' && !this.ns.has(e.key)) super.delete(e.key);
        }
      }
    } finally {
      this.syncing = false;
    }
  }

  override get size(): number {
    this.refresh();
    return super.size;
  }
  override get(key: PyValue): PyValue | undefined {
    this.refresh();
    return super.get(key);
  }
  override has(key: PyValue): boolean {
    this.refresh();
    return super.has(key);
  }
  override getEntry(key: PyValue): Entry | undefined {
    this.refresh();
    return super.getEntry(key);
  }
  override toArray(): Entry[] {
    this.refresh();
    return super.toArray();
  }
  override entryAt(i: number): Entry | undefined | null {
    this.refresh();
    return super.entryAt(i);
  }
  override *[Symbol.iterator](): IterableIterator<Entry> {
    this.refresh();
    yield* super[Symbol.iterator]();
  }

  override set(key: PyValue, value: PyValue): void {
    this.refresh();
    super.set(key, value);
    if (typeof key === 'string' && !this.syncing) {
      this.ns.set(key, value);
      globalsChanged();
    }
  }
  override delete(key: PyValue): Entry | undefined {
    this.refresh();
    // A delete may compact the table, which re-inserts the live entries through set(): not new writes.
    const outer = this.syncing;
    this.syncing = true;
    let e: Entry | undefined;
    try {
      e = super.delete(key);
    } finally {
      this.syncing = outer;
    }
    if (e !== undefined && typeof e.key === 'string' && !outer) {
      this.ns.delete(e.key);
      globalsChanged();
    }
    return e;
  }
  override clear(): void {
    super.clear();
    if (!this.syncing) {
      this.ns.clear();
      globalsChanged();
    }
  }

  /** Fills the table without writing to the Map (the Map already holds these names). */
  load(entries: Iterable<Entry>): void {
    this.syncing = true;
    try {
      for (const e of entries) super.set(e.key, e.value);
    } finally {
      this.syncing = false;
    }
  }
}

const dictOfNamespace = new WeakMap<Namespace, PyDict>();
const namespaceOfDict = new WeakMap<PyDict, Namespace>();

/** The dict that views `ns`: one per namespace, so `globals() is globals()`. */
export function namespaceDict(ns: Namespace): PyDict {
  let d = dictOfNamespace.get(ns);
  if (d === undefined) {
    const table = new NamespaceTable(ns);
    table.load([...ns].map(([key, value]) => ({ key, value })));
    d = new PyDict(table);
    dictOfNamespace.set(ns, d);
    namespaceOfDict.set(d, ns);
  }
  return d;
}

/**
 * The namespace behind a dict given to exec/eval. A plain dict is adopted once: its entries move into a
 * new Map and its table is replaced by a view of that Map, so functions defined by the exec'd code (which
 * keep the Map as their globals) and the program's own reads and writes of the dict see one namespace.
 */
export function dictNamespace(d: PyDict): Namespace {
  const known = namespaceOfDict.get(d);
  if (known !== undefined) return known;
  const ns: Namespace = new Map();
  const entries = d.table.toArray();
  for (const e of entries) if (typeof e.key === 'string') ns.set(e.key, e.value);
  const table = new NamespaceTable(ns);
  table.load(entries);
  // The table is the dict's only state, and no exec call is in progress inside the dict's own methods, so
  // swapping it keeps every observer (views read `dict.table` on each use) consistent.
  (d as unknown as { table: HashTable<PyValue> }).table = table;
  dictOfNamespace.set(ns, d);
  namespaceOfDict.set(d, ns);
  return ns;
}
