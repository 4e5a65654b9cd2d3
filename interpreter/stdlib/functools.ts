// functools: reduce, partial, lru_cache/cache (memoizing wrappers that still bind as methods), cmp_to_key,
// wraps/update_wrapper and total_ordering.

import { NotImplemented, objectType, typeOf } from '../objects/builtin-types.ts';
import { pyEq } from '../objects/equality.ts';
import { TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { HashTable } from '../objects/hashtable.ts';
import { getIterator } from '../objects/iteration.ts';
import { fakeAddress, repr } from '../objects/repr.ts';
import { callValue, rt } from '../objects/runtime.ts';
import { truthy } from '../objects/truth.ts';
import type { PyType } from '../objects/type.ts';
import {
  PyDict,
  PyNaN,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyTuple,
  type Kwargs,
  type PyModule,
  type PyValue,
} from '../objects/values.ts';
import { bindArgs } from '../builtins/args.ts';
import { nativeFunction } from '../builtins/define.ts';
import { isCallable } from '../builtins/functions.ts';
import { asIndex } from '../objects/subscript.ts';
import { namedtuple } from './collections/namedtuple.ts';
import { functions, makeClass, makeModule } from './module.ts';

function reduce(args: PyValue[]): PyValue {
  if (args.length < 2 || args.length > 3) {
    throw pyError(TypeError, `reduce expected at least 2 arguments, got ${args.length}`);
  }
  const it = getIterator(args[1]!);
  let acc = args.length === 3 ? args[2]! : it.next();
  if (acc === undefined) throw pyError(TypeError, 'reduce() of empty iterable with no initial value');
  for (let x = it.next(); x !== undefined; x = it.next()) acc = callValue(args[0]!, [acc, x]);
  return acc;
}

// --- partial --------------------------------------------------------------------------------------------

class PyPartial extends PyObject {
  constructor(
    public readonly func: PyValue,
    public readonly args: PyValue[],
    public readonly keywords: Map<string, PyValue>,
  ) {
    super();
  }
  pyType(): PyType {
    return partialType;
  }
}

function keywordsDict(m: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.table.set(k, v);
  return d;
}

const partialType: PyType = makeClass('partial', 'functools', [], {
  __call__: (args, kwargs) => {
    const p = args[0] as PyPartial;
    const kw = new Map(p.keywords);
    if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    return callValue(p.func, [...p.args, ...args.slice(1)], kw.size > 0 ? kw : null);
  },
  __repr__: (args) => {
    const p = args[0] as PyPartial;
    const parts = [
      repr(p.func),
      ...p.args.map((a) => repr(a)),
      ...[...p.keywords].map(([k, v]) => `${k}=${repr(v)}`),
    ];
    return `functools.partial(${parts.join(', ')})`;
  },
});
partialType.dict.set(
  '__new__',
  nativeFunction('__new__', (args, kwargs) => {
    if (args.length < 2) throw pyError(TypeError, "type 'partial' takes at least one argument");
    let func: PyValue = args[1]!;
    let pre = args.slice(2);
    const kw = new Map<string, PyValue>();
    if (func instanceof PyPartial) {
      pre = [...func.args, ...pre];
      for (const [k, v] of func.keywords) kw.set(k, v);
      func = func.func;
    }
    if (!isCallable(func)) throw pyError(TypeError, 'the first argument must be callable');
    if (kwargs !== null) for (const [k, v] of kwargs) kw.set(k, v);
    return new PyPartial(func, pre, kw);
  }),
);
partialType.dict.set('func', new PyProperty(nativeFunction('func', (a) => (a[0] as PyPartial).func)));
partialType.dict.set(
  'args',
  new PyProperty(nativeFunction('args', (a) => new PyTuple((a[0] as PyPartial).args))),
);
partialType.dict.set(
  'keywords',
  new PyProperty(nativeFunction('keywords', (a) => keywordsDict((a[0] as PyPartial).keywords))),
);

// --- lru_cache ------------------------------------------------------------------------------------------

const cacheInfoType = namedtuple(
  ['CacheInfo', 'hits misses maxsize currsize'],
  new Map([['module', 'functools']]),
) as PyType;

/** Separates positional from keyword parts of a cache key, like functools._make_key's kwd_mark. */
const KWD_MARK = new PyTuple([]);

interface LruState {
  readonly wrapped: PyValue;
  readonly maxsize: number | null;
  readonly typed: boolean;
  readonly cache: HashTable<PyValue>;
  hits: bigint;
  misses: bigint;
}

/** One call through the cache: the key is the arguments (and their types when typed=True). */
function lruCall(s: LruState, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const parts: PyValue[] = args.slice();
  if (kwargs !== null && kwargs.size > 0) {
    parts.push(KWD_MARK);
    for (const [k, v] of kwargs) parts.push(k, v);
  }
  if (s.typed) for (const a of args) parts.push(typeOf(a));
  const simple = parts.length === 1 && (typeof parts[0] === 'bigint' || typeof parts[0] === 'string');
  const key = simple ? parts[0]! : new PyTuple(parts);
  const hit = s.cache.get(key);
  if (hit !== undefined) {
    s.hits++;
    if (s.maxsize !== null) {
      s.cache.delete(key);
      s.cache.set(key, hit);
    }
    return hit;
  }
  s.misses++;
  const result = callValue(s.wrapped, args, kwargs);
  if (s.maxsize === 0) return result;
  if (!s.cache.has(key)) {
    s.cache.set(key, result);
    if (s.maxsize !== null && s.cache.size > s.maxsize) s.cache.popFirst();
  }
  return result;
}

/**
 * The memoizing wrapper. It is a native function (so, like CPython's wrapper, it binds as a method when
 * stored on a class) whose type carries cache_info/cache_clear.
 */
class PyLruWrapper extends PyNativeFunction {
  constructor(readonly state: LruState) {
    super(nameOf(state.wrapped), (args, kwargs) => lruCall(state, args, kwargs));
  }
  override pyType(): PyType {
    return lruWrapperType;
  }
}

function newWrapper(wrapped: PyValue, maxsize: number | null, typed: boolean): PyLruWrapper {
  return new PyLruWrapper({ wrapped, maxsize, typed, cache: new HashTable<PyValue>(), hits: 0n, misses: 0n });
}

function nameOf(fn: PyValue): string {
  const n = rt().getAttrOrUndefined(fn, '__name__');
  return typeof n === 'string' ? n : 'wrapper';
}

const lruWrapperType: PyType = makeClass('_lru_cache_wrapper', 'functools', [], {
  cache_info: (args) => {
    const w = (args[0] as PyLruWrapper).state;
    return callValue(cacheInfoType, [
      w.hits,
      w.misses,
      w.maxsize === null ? null : BigInt(w.maxsize),
      BigInt(w.cache.size),
    ]);
  },
  cache_clear: (args) => {
    const w = (args[0] as PyLruWrapper).state;
    w.cache.clear();
    w.hits = 0n;
    w.misses = 0n;
    return null;
  },
  __repr__: (args) =>
    `<functools._lru_cache_wrapper object at 0x${fakeAddress(args[0] as PyObject).toString(16)}>`,
});
lruWrapperType.dict.set(
  '__wrapped__',
  new PyProperty(nativeFunction('__wrapped__', (a) => (a[0] as PyLruWrapper).state.wrapped)),
);

function lruCache(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [first, typedArg] = bindArgs('lru_cache', args, kwargs, ['maxsize', 'typed'], 0);
  const typed = truthy(typedArg ?? false);
  if (first !== undefined && first !== null && isCallable(first) && typeof first !== 'bigint') {
    return newWrapper(first, 128, typed);
  }
  let maxsize: number | null = 128;
  if (first === null) maxsize = null;
  else if (first !== undefined) {
    const n = asIndex(first);
    if (n === undefined)
      throw pyError(TypeError, 'Expected first argument to be an integer, a callable, or None');
    maxsize = n < 0n ? 0 : Number(n);
  }
  return nativeFunction('decorating_function', (a) => newWrapper(a[0]!, maxsize, typed));
}

// --- cmp_to_key -----------------------------------------------------------------------------------------

class PyCmpKey extends PyObject {
  constructor(
    readonly cls: PyType,
    readonly obj: PyValue,
  ) {
    super();
  }
  pyType(): PyType {
    return this.cls;
  }
}

function cmpToKey(args: PyValue[]): PyValue {
  const mycmp = args[0]!;
  const compare = (op: (c: PyValue) => boolean) => (a: PyValue[]) => {
    const other = a[1];
    if (!(other instanceof PyCmpKey)) throw pyError(TypeError, 'other argument must be K instance');
    return op(callValue(mycmp, [(a[0] as PyCmpKey).obj, other.obj]));
  };
  const sign = (c: PyValue): number => {
    if (typeof c === 'bigint') return c < 0n ? -1 : c > 0n ? 1 : 0;
    if (typeof c === 'number') return c < 0 ? -1 : c > 0 ? 1 : 0;
    if (c instanceof PyNaN) return 0;
    if (typeof c === 'boolean') return c ? 1 : 0;
    return truthy(callValue(rt().getAttr(c, '__lt__'), [0n])) ? -1 : pyEq(c, 0n) ? 0 : 1;
  };
  const cls: PyType = makeClass('K', 'functools', [], {
    __lt__: compare((c) => sign(c) < 0),
    __gt__: compare((c) => sign(c) > 0),
    __le__: compare((c) => sign(c) <= 0),
    __ge__: compare((c) => sign(c) >= 0),
    __eq__: compare((c) => sign(c) === 0),
  });
  cls.dict.set('__hash__', null);
  cls.dict.set(
    '__new__',
    nativeFunction('__new__', (a) => new PyCmpKey(cls, a[1]!)),
  );
  cls.dict.set('obj', new PyProperty(nativeFunction('obj', (a) => (a[0] as PyCmpKey).obj)));
  return cls;
}

// --- wraps / total_ordering -----------------------------------------------------------------------------

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__'];

function updateWrapper(wrapper: PyValue, wrapped: PyValue): PyValue {
  for (const name of WRAPPER_ASSIGNMENTS) {
    const v = rt().getAttrOrUndefined(wrapped, name);
    if (v === undefined) continue;
    try {
      rt().setAttr(wrapper, name, v);
    } catch {
      // Read-only attributes on natives: CPython ignores the same failures (AttributeError).
    }
  }
  try {
    rt().setAttr(wrapper, '__wrapped__', wrapped);
  } catch {
    // As above.
  }
  return wrapper;
}

const ORDER_OPS = ['__lt__', '__le__', '__gt__', '__ge__'] as const;
type OrderOp = (typeof ORDER_OPS)[number];

/** How total_ordering derives each missing method from the root one (functools._convert). */
const DERIVED: Record<OrderOp, Partial<Record<OrderOp, (r: boolean, eq: () => boolean) => boolean>>> = {
  __lt__: { __gt__: (r, eq) => !r && !eq(), __le__: (r, eq) => r || eq(), __ge__: (r) => !r },
  __le__: { __ge__: (r, eq) => !r || eq(), __lt__: (r, eq) => r && !eq(), __gt__: (r) => !r },
  __gt__: { __lt__: (r, eq) => !r && !eq(), __ge__: (r, eq) => r || eq(), __le__: (r) => !r },
  __ge__: { __le__: (r, eq) => !r || eq(), __gt__: (r, eq) => r && !eq(), __lt__: (r) => !r },
};

function totalOrdering(args: PyValue[]): PyValue {
  const cls = args[0] as PyType;
  const roots = ORDER_OPS.filter((op) => {
    const v = cls.lookup(op);
    return v !== undefined && v !== objectType.dict.get(op);
  });
  if (roots.length === 0) throw pyError(ValueError, 'must define at least one ordering operation: < > <= >=');
  const root = roots[0]!;
  const rootFn = cls.lookup(root)!;
  for (const [op, derive] of Object.entries(DERIVED[root]) as [
    OrderOp,
    (r: boolean, eq: () => boolean) => boolean,
  ][]) {
    if (roots.includes(op)) continue;
    cls.dict.set(
      op,
      nativeFunction(op, (a) => {
        const r = callValue(rootFn, [a[0]!, a[1]!]);
        if (r === NotImplemented) return r;
        return derive(truthy(r), () => pyEq(a[0]!, a[1]!));
      }),
    );
  }
  return cls;
}

/**
 * cached_property: computed on first access and kept in the instance's __dict__. The property's getter
 * looks there first, since a property (a data descriptor) takes precedence over the instance dict.
 */
function cachedProperty(args: PyValue[]): PyValue {
  const fn = args[0]!;
  const name = nameOf(fn);
  return new PyProperty(
    nativeFunction(name, (a) => {
      const obj = a[0]!;
      const dict = (obj as { dict?: unknown }).dict;
      if (!(dict instanceof Map)) return callValue(fn, [obj]);
      const cached = dict.get(name) as PyValue | undefined;
      if (cached !== undefined) return cached;
      const v = callValue(fn, [obj]);
      dict.set(name, v);
      return v;
    }),
  );
}

export function functoolsModule(): PyModule {
  return makeModule('functools', {
    partial: partialType,
    ...functions({
      reduce,
      lru_cache: lruCache,
      cache: (args) => newWrapper(args[0]!, null, false),
      cmp_to_key: cmpToKey,
      update_wrapper: (args) => updateWrapper(args[0]!, args[1]!),
      wraps: (args) => nativeFunction('decorator', (a) => updateWrapper(a[0]!, args[0]!)),
      total_ordering: totalOrdering,
      cached_property: cachedProperty,
    }),
  });
}
