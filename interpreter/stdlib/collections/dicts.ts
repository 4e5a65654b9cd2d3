// collections.defaultdict and collections.OrderedDict: dict subclasses whose instances are PyDictOf, so every
// dict method, subscript and protocol applies to them unchanged.

import { dictType, NotImplemented } from '../../objects/builtin-types.ts';
import { itemEq, pyEq } from '../../objects/equality.ts';
import { KeyError, TypeError, pyError } from '../../objects/exceptions.ts';
import { repr } from '../../objects/repr.ts';
import { callValue } from '../../objects/runtime.ts';
import { truthy } from '../../objects/truth.ts';
import type { PyType } from '../../objects/type.ts';
import { PyDict, PyList, PyProperty, PyTuple, type Kwargs, type PyValue } from '../../objects/values.ts';
import { nativeFunction } from '../../builtins/define.ts';
import { dictUpdateFrom, PyDictOf } from '../../builtins/dict.ts';
import { isCallable } from '../../builtins/functions.ts';
import { consumePrefilled, markPrefilled } from '../../builtins/prefill.ts';
import { makeClass } from '../module.ts';

function fill(d: PyDict, args: PyValue[], kwargs: Kwargs | null, name: string): void {
  if (args.length > 1) throw pyError(TypeError, `${name} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) dictUpdateFrom(d, args[0]!);
  if (kwargs !== null) for (const [k, v] of kwargs) d.table.set(k, v);
}

function plainDictRepr(d: PyDict): string {
  const copy = new PyDict();
  for (const e of d.table) copy.table.set(e.key, e.value);
  return repr(copy);
}

function initDefaultdict(d: PyDictOf, args: PyValue[], kwargs: Kwargs | null): void {
  const factory = args.length > 0 ? args[0]! : null;
  if (factory !== null && !isCallable(factory))
    throw pyError(TypeError, 'first argument must be callable or None');
  d.defaultFactory = factory;
  fill(d, args.slice(1), kwargs, 'defaultdict');
}

export const defaultdictType: PyType = makeClass('defaultdict', 'collections', [dictType], {
  __init__: (args, kwargs) => {
    const d = args[0] as PyDictOf;
    if (!consumePrefilled(d, args.slice(1))) initDefaultdict(d, args.slice(1), kwargs);
    return null;
  },
  __missing__: (args) => {
    const d = args[0] as PyDictOf;
    if (d.defaultFactory === null) throw pyError(KeyError, args[1]!);
    const v = callValue(d.defaultFactory, []);
    d.table.set(args[1]!, v);
    return v;
  },
  __repr__: (args) => {
    const d = args[0] as PyDictOf;
    return `${d.pyType().name}(${repr(d.defaultFactory)}, ${plainDictRepr(d)})`;
  },
  copy: (args) => {
    const d = args[0] as PyDictOf;
    const r = new PyDictOf(d.pyType());
    r.defaultFactory = d.defaultFactory;
    for (const e of d.table) r.table.set(e.key, e.value);
    return r;
  },
});
defaultdictType.dict.set(
  '__new__',
  nativeFunction(
    '__new__',
    (args, kwargs) => {
      const d = new PyDictOf(args[0] as PyType);
      if (args[0] === defaultdictType) {
        initDefaultdict(d, args.slice(1), kwargs);
        markPrefilled(d, args.slice(1));
      }
      return d;
    },
    defaultdictType,
  ),
);
defaultdictType.dict.set(
  'default_factory',
  new PyProperty(
    nativeFunction('default_factory', (args) => (args[0] as PyDictOf).defaultFactory),
    nativeFunction('default_factory', (args) => {
      (args[0] as PyDictOf).defaultFactory = args[1]!;
      return null;
    }),
  ),
);

/** Moves `key` to the front by rebuilding the table (insertion order is the only order a HashTable has). */
function moveToFront(d: PyDict, key: PyValue): void {
  const entries = d.table.toArray();
  const moved = d.table.get(key)!;
  d.table.clear();
  d.table.set(key, moved);
  for (const e of entries) if (!d.table.has(e.key)) d.table.set(e.key, e.value);
}

export const orderedDictType: PyType = makeClass('OrderedDict', 'collections', [dictType], {
  __init__: (args, kwargs) => {
    const d = args[0] as PyDict;
    if (!consumePrefilled(d, args.slice(1))) fill(d, args.slice(1), kwargs, 'OrderedDict');
    return null;
  },
  __repr__: (args) => {
    const d = args[0] as PyDict;
    const name = d.pyType().name;
    if (d.table.size === 0) return `${name}()`;
    return `${name}(${repr(new PyList(d.table.toArray().map((e) => new PyTuple([e.key, e.value]))))})`;
  },
  move_to_end: (args, kwargs) => {
    const d = args[0] as PyDict;
    const key = args[1]!;
    const last = truthy(args[2] ?? kwargs?.get('last') ?? true);
    const v = d.table.get(key);
    if (v === undefined) throw pyError(KeyError, key);
    if (last) {
      d.table.delete(key);
      d.table.set(key, v);
    } else moveToFront(d, key);
    return null;
  },
  popitem: (args, kwargs) => {
    const d = args[0] as PyDict;
    const last = truthy(args[1] ?? kwargs?.get('last') ?? true);
    const e = last ? d.table.popLast() : d.table.popFirst();
    if (e === undefined) throw pyError(KeyError, 'dictionary is empty');
    return new PyTuple([e.key, e.value]);
  },
  copy: (args) => {
    const d = args[0] as PyDict;
    const r = new PyDictOf(d.pyType());
    for (const e of d.table) r.table.set(e.key, e.value);
    return r;
  },
  // Two OrderedDicts are equal only in the same order; against a plain dict order does not matter.
  __eq__: (args) => {
    const [a, b] = args as [PyDict, PyValue];
    if (!(b instanceof PyDict)) return NotImplemented;
    if (a.table.size !== b.table.size) return false;
    if (b.pyType().isSubtypeOf(orderedDictType)) {
      const x = a.table.toArray();
      const y = b.table.toArray();
      return x.every((e, i) => pyEq(e.key, y[i]!.key) && itemEq(e.value, y[i]!.value));
    }
    for (const e of a.table) {
      const v = b.table.get(e.key);
      if (v === undefined || !itemEq(e.value, v)) return false;
    }
    return true;
  },
});
orderedDictType.dict.set(
  '__new__',
  nativeFunction(
    '__new__',
    (args, kwargs) => {
      const d = new PyDictOf(args[0] as PyType);
      if (args[0] === orderedDictType) {
        fill(d, args.slice(1), kwargs, 'OrderedDict');
        markPrefilled(d, args.slice(1));
      }
      return d;
    },
    orderedDictType,
  ),
);
