// dict merge (`|` and `|=`), keeping CPython's choice of which operand's keys end up in the result and in
// what order they are inserted. Set algebra lives with the set type (builtins/set.ts), which reproduces
// setobject.c's construction order.

import { TypeError, ValueError, pyError } from './exceptions.ts';
import { HashTable } from './hashtable.ts';
import { toArray } from './iteration.ts';
import { PyDict, type PyValue } from './values.ts';

export function dictMerge(a: PyDict, b: PyDict): PyDict {
  const t = new HashTable<PyValue>();
  for (const e of a.table) t.set(e.key, e.value);
  for (const e of b.table.toArray()) t.set(e.key, e.value);
  return new PyDict(t);
}

/** `d |= other`: dict.update semantics (a mapping or an iterable of key/value pairs). */
export function dictUpdateInPlace(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    for (const e of other.table.toArray()) d.table.set(e.key, e.value);
    return;
  }
  const items = toArray(other);
  items.forEach((item, i) => {
    let pair: PyValue[];
    try {
      pair = toArray(item);
    } catch {
      throw pyError(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) {
      throw pyError(
        ValueError,
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    }
    d.table.set(pair[0]!, pair[1]!);
  });
}
