// collections.Counter: a dict subclass counting hashable items, with CPython 3.11's method semantics
// (most_common ties keep insertion order, arithmetic drops non-positive counts, missing keys count 0).

import { binaryOp, unaryOp } from '../../objects/arithmetic.ts';
import { dictType, NotImplemented } from '../../objects/builtin-types.ts';
import { compareBool } from '../../objects/compare.ts';
import { pyEq } from '../../objects/equality.ts';
import { NotImplementedError, TypeError, pyError } from '../../objects/exceptions.ts';
import { getIterator, installIteratorMethods, toArray } from '../../objects/iteration.ts';
import { repr } from '../../objects/repr.ts';
import { rt } from '../../objects/runtime.ts';
import type { PyType } from '../../objects/type.ts';
import {
  PyClassMethod,
  PyDict,
  PyIterator,
  PyList,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../objects/values.ts';
import { nativeFunction } from '../../builtins/define.ts';
import { PyDictOf } from '../../builtins/dict.ts';
import { consumePrefilled, markPrefilled } from '../../builtins/prefill.ts';
import { sortInPlace } from '../../builtins/sort.ts';
import { makeClass } from '../module.ts';

function count(c: PyDict, key: PyValue): PyValue {
  return c.table.get(key) ?? 0n;
}

function isCounter(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.pyType().isSubtypeOf(counterType);
}

function newCounter(cls: PyType = counterType): PyDictOf {
  return new PyDictOf(cls);
}

/** Counter.update / subtract: a mapping adds its values, any other iterable counts its elements. */
function addFrom(c: PyDict, src: PyValue, sign: '+' | '-'): void {
  if (src instanceof PyDict || rt().getAttrOrUndefined(src, 'items') !== undefined) {
    const pairs =
      src instanceof PyDict && src.pyType().lookup('items') === dictType.dict.get('items')
        ? src.table.toArray().map((e) => [e.key, e.value] as const)
        : toArray(rt().call(rt().getAttr(src, 'items'), [])).map((p) => {
            const kv = toArray(p);
            return [kv[0]!, kv[1]!] as const;
          });
    if (sign === '+' && c.table.size === 0 && src instanceof PyDict) {
      for (const [k, v] of pairs) c.table.set(k, v);
      return;
    }
    for (const [k, v] of pairs) c.table.set(k, binaryOp(sign, count(c, k), v));
    return;
  }
  const it = getIterator(src);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const old = c.table.get(x);
    if (typeof old === 'bigint') c.table.set(x, sign === '+' ? old + 1n : old - 1n);
    else c.table.set(x, binaryOp(sign, old ?? 0n, 1n));
  }
}

function update(args: PyValue[], kwargs: Kwargs | null, sign: '+' | '-'): void {
  const c = args[0] as PyDict;
  if (args.length > 2) throw pyError(TypeError, `expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 2 && args[1] !== null) addFrom(c, args[1]!, sign);
  if (kwargs !== null && kwargs.size > 0) {
    const d = new PyDict();
    for (const [k, v] of kwargs) d.table.set(k, v);
    addFrom(c, d, sign);
  }
}

/** Items sorted by count, largest first; equal counts keep insertion order (a stable sort). */
export function mostCommon(c: PyDict): PyTuple[] {
  const items = c.table.toArray().map((e) => new PyTuple([e.key, e.value]));
  sortInPlace(items, itemOneGetter, true);
  return items as PyTuple[];
}

const itemOneGetter = nativeFunction('itemgetter', (args) => (args[0] as PyTuple).items[1]!);

function positive(v: PyValue): boolean {
  return compareBool('>', v, 0n);
}

function keepPositive(c: PyDict): PyValue {
  for (const e of c.table.toArray()) if (!positive(e.value)) c.table.delete(e.key);
  return c;
}

type Combine = (self: PyDict, other: PyDict) => PyDict;

const add: Combine = (a, b) => {
  const r = newCounter();
  for (const e of a.table) {
    const n = binaryOp('+', e.value, count(b, e.key));
    if (positive(n)) r.table.set(e.key, n);
  }
  for (const e of b.table) if (!a.table.has(e.key) && positive(e.value)) r.table.set(e.key, e.value);
  return r;
};

const sub: Combine = (a, b) => {
  const r = newCounter();
  for (const e of a.table) {
    const n = binaryOp('-', e.value, count(b, e.key));
    if (positive(n)) r.table.set(e.key, n);
  }
  for (const e of b.table) {
    if (!a.table.has(e.key) && compareBool('<', e.value, 0n)) r.table.set(e.key, binaryOp('-', 0n, e.value));
  }
  return r;
};

const or: Combine = (a, b) => {
  const r = newCounter();
  for (const e of a.table) {
    const other = count(b, e.key);
    const n = compareBool('<', e.value, other) ? other : e.value;
    if (positive(n)) r.table.set(e.key, n);
  }
  for (const e of b.table) if (!a.table.has(e.key) && positive(e.value)) r.table.set(e.key, e.value);
  return r;
};

const and: Combine = (a, b) => {
  const r = newCounter();
  for (const e of a.table) {
    const other = count(b, e.key);
    const n = compareBool('<', e.value, other) ? e.value : other;
    if (positive(n)) r.table.set(e.key, n);
  }
  return r;
};

function binary(fn: Combine) {
  return (args: PyValue[]): PyValue => {
    const [a, b] = args as [PyDict, PyValue];
    return isCounter(b) ? fn(a, b) : NotImplemented;
  };
}

/** In-place forms mutate self, then drop non-positive counts (Counter._keep_positive). */
function inplace(fn: (self: PyDict, other: PyDict) => void) {
  return (args: PyValue[]): PyValue => {
    const [a, b] = args as [PyDict, PyValue];
    if (!isCounter(b)) return NotImplemented;
    fn(a, b);
    return keepPositive(a);
  };
}

const elementsType = makeClass('chain', 'itertools');
installIteratorMethods(elementsType);

export const counterType: PyType = makeClass('Counter', 'collections', [dictType], {
  __init__: (args, kwargs) => {
    if (!consumePrefilled(args[0] as PyDict, args.slice(1))) update(args, kwargs, '+');
    return null;
  },
  __missing__: () => 0n,
  __repr__: (args) => {
    const c = args[0] as PyDict;
    const name = c.pyType().name;
    if (c.table.size === 0) return `${name}()`;
    let d: PyDict;
    try {
      d = new PyDict();
      for (const t of mostCommon(c)) d.table.set(t.items[0]!, t.items[1]!);
    } catch {
      d = new PyDict();
      for (const e of c.table) d.table.set(e.key, e.value);
    }
    return `${name}(${repr(d)})`;
  },
  __eq__: (args) => {
    const [a, b] = args as [PyDict, PyValue];
    if (!isCounter(b)) return NotImplemented;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const e of x.table) if (!pyEq(e.value, count(y, e.key))) return false;
    }
    return true;
  },
  most_common: (args) => {
    const items = mostCommon(args[0] as PyDict);
    const n = args[1];
    if (n === undefined || n === null) return new PyList(items);
    const k = Number(n);
    return new PyList(items.slice(0, Math.max(0, k)));
  },
  elements: (args) => {
    const entries = (args[0] as PyDict).table.toArray();
    let i = 0;
    let left = 0n;
    return new PyIterator(elementsType, () => {
      while (left <= 0n) {
        if (i >= entries.length) return undefined;
        const v = entries[i]!.value;
        left = typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v) : 0n;
        i++;
      }
      left--;
      return entries[i - 1]!.key;
    });
  },
  total: (args) => {
    let t: PyValue = 0n;
    for (const e of (args[0] as PyDict).table) t = binaryOp('+', t, e.value);
    return t;
  },
  update: (args, kwargs) => {
    update(args, kwargs, '+');
    return null;
  },
  subtract: (args, kwargs) => {
    update(args, kwargs, '-');
    return null;
  },
  copy: (args) => {
    const src = args[0] as PyDict;
    const r = newCounter(src.pyType());
    for (const e of src.table) r.table.set(e.key, e.value);
    return r;
  },
  __add__: binary(add),
  __sub__: binary(sub),
  __or__: binary(or),
  __and__: binary(and),
  __pos__: (args) => {
    const r = newCounter();
    for (const e of (args[0] as PyDict).table) if (positive(e.value)) r.table.set(e.key, e.value);
    return r;
  },
  __neg__: (args) => {
    const r = newCounter();
    for (const e of (args[0] as PyDict).table) {
      if (compareBool('<', e.value, 0n)) r.table.set(e.key, unaryOp('-', e.value));
    }
    return r;
  },
  __iadd__: inplace((a, b) => {
    for (const e of b.table) a.table.set(e.key, binaryOp('+', count(a, e.key), e.value));
  }),
  __isub__: inplace((a, b) => {
    for (const e of b.table) a.table.set(e.key, binaryOp('-', count(a, e.key), e.value));
  }),
  __ior__: inplace((a, b) => {
    for (const e of b.table) if (compareBool('>', e.value, count(a, e.key))) a.table.set(e.key, e.value);
  }),
  __iand__: inplace((a, b) => {
    for (const e of a.table.toArray()) {
      const other = count(b, e.key);
      if (compareBool('<', other, e.value)) a.table.set(e.key, other);
    }
  }),
});

counterType.dict.set(
  '__new__',
  nativeFunction(
    '__new__',
    (args, kwargs) => {
      const c = newCounter(args[0] as PyType);
      // Called as a plain class (not a user subclass), construction is one step: fill right away.
      if (args[0] === counterType) {
        update([c, ...args.slice(1)], kwargs, '+');
        markPrefilled(c, args.slice(1));
      }
      return c;
    },
    counterType,
  ),
);
counterType.dict.set(
  'fromkeys',
  new PyClassMethod(
    nativeFunction('fromkeys', () => {
      throw pyError(NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
    }),
  ),
);
