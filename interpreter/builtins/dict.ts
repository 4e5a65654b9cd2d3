// dict: constructor, methods, and the keys/values/items views (live, with set operations on keys/items).

import { dictType, typeOf } from '../objects/builtin-types.ts';
import { KeyError, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { dictIterator, dictReverseIterator, getIterator, toArray } from '../objects/iteration.ts';
import { repr } from '../objects/repr.ts';
import { rt } from '../objects/runtime.ts';
import { getItem, pyLen } from '../objects/subscript.ts';
import type { PyType } from '../objects/type.ts';
import {
  PyClassMethod,
  PyDict,
  PyList,
  PySet,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import { defineMethods, nativeFunction } from './define.ts';
import { exactArgs } from './str/args.ts';
import { consumePrefilled, markPrefilled, newSubclassInstance } from './prefill.ts';
import { dictItemsType, dictKeysType, dictValuesType, PyDictView } from './dict-views.ts';
import {
  newSet,
  setDifferenceUpdate,
  setIntersection,
  setSymmetricDifferenceUpdate,
  setUpdateFrom,
} from './set.ts';
import { NotImplemented } from '../objects/builtin-types.ts';
import { isSubset } from './set.ts';

/** Instances of dict subclasses (user classes, Counter, defaultdict, OrderedDict). */
export class PyDictOf extends PyDict {
  readonly dict = new Map<string, PyValue>();
  /** defaultdict's default_factory; unused by other subclasses. */
  defaultFactory: PyValue = null;
  constructor(public cls: PyType) {
    super();
  }
  override pyType(): PyType {
    return this.cls;
  }
}

function self(args: PyValue[]): PyDict {
  return args[0] as PyDict;
}

function argRange(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length - 1;
  if (n < min)
    throw pyError(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max)
    throw pyError(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** dict.update's positional argument: a mapping (anything with keys()) or an iterable of pairs. */
export function dictUpdateFrom(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    const isPlain = src.pyType() === dictType || src.pyType().lookup('keys') === dictType.dict.get('keys');
    if (isPlain) {
      for (const e of src.table.toArray()) d.table.set(e.key, e.value);
      return;
    }
  }
  const keysFn = rt().getAttrOrUndefined(src, 'keys');
  if (keysFn !== undefined) {
    for (const k of toArray(rt().call(keysFn, []))) d.table.set(k, getItem(src, k));
    return;
  }
  const it = getIterator(src);
  let i = 0;
  for (let item = it.next(); item !== undefined; item = it.next(), i++) {
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
  }
}

function update(name: string, args: PyValue[], kwargs: Kwargs | null): void {
  argRange(name, args, 0, 1);
  const d = self(args);
  if (args.length === 2) dictUpdateFrom(d, args[1]!);
  if (kwargs !== null) for (const [k, v] of kwargs) d.table.set(k, v);
}

export function installDictMethods(): void {
  dictType.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (args, kwargs) => {
        const cls = args[0] as PyType;
        if (cls !== dictType) return newSubclassInstance(new PyDictOf(cls), dictType, args, kwargs);
        const d = new PyDict();
        update('dict', [d, ...args.slice(1)], kwargs);
        if (kwargs === null || kwargs.size === 0) markPrefilled(d, args.slice(1));
        return d;
      },
      dictType,
    ),
  );
  dictType.dict.set('__hash__', null);
  dictType.dict.set(
    'fromkeys',
    new PyClassMethod(
      nativeFunction('fromkeys', (args) => {
        argRange('fromkeys', args, 1, 2);
        const cls = args[0] as PyType;
        const d = cls === dictType ? new PyDict() : (rt().call(cls, []) as PyDict);
        const value = args.length === 3 ? args[2]! : null;
        for (const k of toArray(args[1]!)) {
          if (cls === dictType) d.table.set(k, value);
          else rt().call(rt().getAttr(d, '__setitem__'), [k, value]);
        }
        return d;
      }),
    ),
  );
  defineMethods(dictType, {
    __init__: (args, kwargs) => {
      if (!consumePrefilled(self(args), args.slice(1))) update('dict', args, kwargs);
      return null;
    },
    get: (args) => {
      argRange('get', args, 1, 2);
      const v = self(args).table.get(args[1]!);
      return v !== undefined ? v : args.length === 3 ? args[2]! : null;
    },
    setdefault: (args) => {
      argRange('setdefault', args, 1, 2);
      const d = self(args);
      const v = d.table.get(args[1]!);
      if (v !== undefined) return v;
      const dflt = args.length === 3 ? args[2]! : null;
      d.table.set(args[1]!, dflt);
      return dflt;
    },
    pop: (args) => {
      argRange('pop', args, 1, 2);
      const e = self(args).table.delete(args[1]!);
      if (e !== undefined) return e.value;
      if (args.length === 3) return args[2]!;
      throw pyError(KeyError, args[1]!);
    },
    popitem: (args) => {
      exactArgs('dict.popitem', args, null, 0);
      const e = self(args).table.popLast();
      if (e === undefined) throw pyError(KeyError, 'popitem(): dictionary is empty');
      return new PyTuple([e.key, e.value]);
    },
    keys: (args) => {
      exactArgs('dict.keys', args, null, 0);
      return new PyDictView(self(args), 'keys');
    },
    values: (args) => {
      exactArgs('dict.values', args, null, 0);
      return new PyDictView(self(args), 'values');
    },
    items: (args) => {
      exactArgs('dict.items', args, null, 0);
      return new PyDictView(self(args), 'items');
    },
    update: (args, kwargs) => {
      update('update', args, kwargs);
      return null;
    },
    copy: (args) => {
      exactArgs('dict.copy', args, null, 0);
      const d = new PyDict();
      for (const e of self(args).table) d.table.set(e.key, e.value);
      return d;
    },
    clear: (args) => {
      exactArgs('dict.clear', args, null, 0);
      self(args).table.clear();
      return null;
    },
    __iter__: (args) => dictIterator(self(args), 'keys'),
    __len__: (args) => BigInt(self(args).table.size),
    __reversed__: (args) => dictReverseIterator(self(args), 'keys'),
    __or__: (args) => {
      if (!(args[1] instanceof PyDict)) return NotImplemented;
      const d = new PyDict();
      for (const e of self(args).table) d.table.set(e.key, e.value);
      dictUpdateFrom(d, args[1]);
      return d;
    },
    __ior__: (args) => {
      dictUpdateFrom(self(args), args[1]!);
      return args[0]!;
    },
  });
  installViewMethods();
}

function view(args: PyValue[]): PyDictView {
  return args[0] as PyDictView;
}

function viewAsSet(v: PyDictView): PySet {
  return newSet(false, v);
}

function isSetLike(v: PyValue): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.kind !== 'values');
}

function installViewMethods(): void {
  for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
    defineMethods(t, {
      __repr__: (args) => {
        const v = view(args);
        return `${typeOf(v).name}(${repr(new PyList(toArray(v)))})`;
      },
      __len__: (args) => BigInt(pyLen(view(args))),
      __iter__: (args) => dictIterator(view(args).dict, view(args).kind),
      __reversed__: (args) => dictReverseIterator(view(args).dict, view(args).kind),
    });
    if (t !== dictValuesType) {
      defineMethods(t, {
        // Like dictviews_or & co: a new set from the view, then the set operation with the other operand.
        __or__: (args) => {
          const s = viewAsSet(view(args));
          setUpdateFrom(s, args[1]!);
          return s;
        },
        __ror__: (args) => {
          const s = viewAsSet(view(args));
          setUpdateFrom(s, args[1]!);
          return s;
        },
        __sub__: (args) => {
          const s = viewAsSet(view(args));
          setDifferenceUpdate(s, args[1]!);
          return s;
        },
        __rsub__: (args) => {
          const s = newSet(false, args[1]!);
          setDifferenceUpdate(s, view(args));
          return s;
        },
        __and__: (args) => setIntersection(viewAsSet(view(args)), args[1]!),
        __rand__: (args) => setIntersection(viewAsSet(view(args)), args[1]!),
        __xor__: (args) => {
          const s = viewAsSet(view(args));
          setSymmetricDifferenceUpdate(s, args[1]!);
          return s;
        },
        __rxor__: (args) => {
          const s = viewAsSet(view(args));
          setSymmetricDifferenceUpdate(s, args[1]!);
          return s;
        },
        __eq__: (args) => {
          const other = args[1]!;
          if (!isSetLike(other)) return NotImplemented;
          const a = viewAsSet(view(args));
          const b = other instanceof PySet ? other : newSet(false, other);
          return a.table.size === b.table.size && isSubset(a, b);
        },
        isdisjoint: (args) => {
          const s = viewAsSet(view(args));
          for (const x of toArray(args[1]!)) if (s.table.has(x)) return false;
          return true;
        },
      });
    }
  }
}

/** `a | b` for two dicts: a copy of `a` updated from `b`. */
export function dictMerge(a: PyDict, b: PyDict): PyDict {
  const merged = new PyDict();
  for (const e of a.table) merged.table.set(e.key, e.value);
  dictUpdateFrom(merged, b);
  return merged;
}
