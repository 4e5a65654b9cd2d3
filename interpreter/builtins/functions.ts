// Builtin functions over iterables: len, min, max, sum, sorted, any, all, iter, next, and the iterator types
// enumerate, zip, map, filter and reversed (types, as in CPython, so `type(map(f, x)) is map`).

import { dictType, functionType, iteratorType, listType, typeOf } from '../objects/builtin-types.ts';
import { codePointsOf, hasSurrogates } from '../objects/code-points.ts';
import { compareBool } from '../objects/compare.ts';
import { pyEq } from '../objects/equality.ts';
import { binaryOp } from '../objects/arithmetic.ts';
import { StopIteration, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import {
  callableIterator,
  callDunder,
  dictReverseIterator,
  getIterator,
  installIteratorMethods,
  iterNext,
  listReverseIterator,
  toArray,
} from '../objects/iteration.ts';
import { callValue } from '../objects/runtime.ts';
import { intFromNumber } from '../objects/small-ints.ts';
import { getItem, pyLen } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import { PyType, PyType as PyTypeClass } from '../objects/type.ts';
import {
  boxNaN,
  PyBoundMethod,
  PyBytes,
  PyDict,
  PyIterator,
  PyList,
  PyNativeFunction,
  PyObject,
  PyRange,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import { bindArgs, keywordOnly } from './args.ts';
import { PyDictView } from './dict-views.ts';
import { expectArgs, nativeFunction, noKwargs } from './define.ts';
import { sortInPlace } from './sort.ts';

export const enumerateType = iteratorType('enumerate');
export const zipType = iteratorType('zip');
export const mapType = iteratorType('map');
export const filterType = iteratorType('filter');
export const reversedType = iteratorType('reversed');
const rangeIteratorType = iteratorType('range_iterator');

function len(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('len', kwargs);
  expectArgs('len', args, 1);
  return intFromNumber(pyLen(args[0]!));
}

function minMax(name: 'min' | 'max', args: PyValue[], kwargs: Kwargs | null): PyValue {
  const opts = keywordOnly(name, kwargs, ['key', 'default']);
  const key = opts.get('key') ?? null;
  const op = name === 'max' ? '>' : '<';
  if (args.length === 0) throw pyError(TypeError, `${name} expected at least 1 argument, got 0`);
  let items: PyIterator;
  if (args.length === 1) {
    items = getIterator(args[0]!);
  } else {
    if (opts.has('default')) {
      throw pyError(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    items = getIterator(new PyTuple(args));
  }
  let best: PyValue | undefined;
  let bestKey: PyValue = null;
  for (let x = items.next(); x !== undefined; x = items.next()) {
    const k = key === null ? x : callValue(key, [x]);
    if (best === undefined || compareBool(op, k, bestKey)) {
      best = x;
      bestKey = k;
    }
  }
  if (best !== undefined) return best;
  const dflt = opts.get('default');
  if (dflt !== undefined) return dflt;
  throw pyError(ValueError, `${name}() arg is an empty sequence`);
}

function sum(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [iterable, startArg] = bindArgs('sum', args, kwargs, ['iterable', 'start'], 1);
  let acc: PyValue = startArg ?? 0n;
  if (typeof acc === 'string') throw pyError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw pyError(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  const it = getIterator(iterable!);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    if (typeof acc === 'bigint' && typeof x === 'bigint') acc += x;
    else if (typeof acc === 'number' && typeof x === 'number') acc += x;
    else acc = binaryOp('+', acc, x);
  }
  return typeof acc === 'number' ? boxNaN(acc) : acc;
}

function sorted(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (args.length !== 1) throw pyError(TypeError, `sorted expected 1 argument, got ${args.length}`);
  const opts = keywordOnly('sort', kwargs, ['key', 'reverse']);
  const items = toArray(args[0]!);
  sortInPlace(items, opts.get('key') ?? null, truthy(opts.get('reverse') ?? false));
  return new PyList(items);
}

function anyAll(name: 'any' | 'all', args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs(name, kwargs);
  expectArgs(name, args, 1);
  const it = getIterator(args[0]!);
  const want = name === 'any';
  for (let x = it.next(); x !== undefined; x = it.next()) if (truthy(x) === want) return want;
  return !want;
}

function iter(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('iter', kwargs);
  if (args.length === 2) {
    if (!isCallable(args[0]!)) throw pyError(TypeError, 'iter(v, w): v must be callable');
    return callableIterator(args[0]!, args[1]!, pyEq);
  }
  if (args.length !== 1) throw pyError(TypeError, `iter expected at most 2 arguments, got ${args.length}`);
  const v = args[0]!;
  // A user iterator returned by __iter__ is handed back as itself, not wrapped, so `iter(it) is it` holds.
  if (v instanceof PyObject && !(v instanceof PyIterator)) {
    const iterFn = v.pyType().lookup('__iter__');
    if (iterFn !== undefined && iterFn !== null && !v.pyType().isBuiltin) {
      const r = callDunder(iterFn, v);
      const nextFn = typeOf(r).lookup('__next__');
      if (nextFn === undefined || nextFn === null) {
        throw pyError(TypeError, `iter() returned non-iterator of type '${typeOf(r).name}'`);
      }
      return r;
    }
  }
  return getIterator(v);
}

export function isCallable(v: PyValue): boolean {
  if (v instanceof PyNativeFunction || v instanceof PyBoundMethod || v instanceof PyTypeClass) return true;
  if (!(v instanceof PyObject)) return false;
  const t = v.pyType();
  return t === functionType || (t.lookup('__call__') ?? null) !== null;
}

function next(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('next', kwargs);
  if (args.length < 1 || args.length > 2) {
    throw pyError(
      TypeError,
      `next expected ${args.length < 1 ? 'at least 1' : 'at most 2'} arguments, got ${args.length}`,
    );
  }
  const it = args[0]!;
  if (!(it instanceof PyIterator) && (typeOf(it).lookup('__next__') ?? null) === null) {
    throw pyError(TypeError, `'${typeOf(it).name}' object is not an iterator`);
  }
  const v = iterNext(it);
  if (v !== undefined) return v;
  if (args.length === 2) return args[1]!;
  // A generator's StopIteration carries its return value, once; later calls raise a bare StopIteration.
  const carrier = it as { stopIteration?: () => Error; returnValue?: PyValue };
  if (typeof carrier.stopIteration === 'function') {
    const e = carrier.stopIteration();
    if ('returnValue' in carrier) carrier.returnValue = null;
    throw e;
  }
  throw pyError(StopIteration);
}

function enumerateNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [iterable, startArg] = bindArgs('enumerate', args.slice(1), kwargs, ['iterable', 'start'], 1);
  let i: PyValue = startArg ?? 0n;
  if (typeof i === 'boolean') i = i ? 1n : 0n;
  if (typeof i !== 'bigint') {
    throw pyError(TypeError, `'${typeOf(i).name}' object cannot be interpreted as an integer`);
  }
  let n = i;
  const it = getIterator(iterable!);
  return new PyIterator(enumerateType, () => {
    const x = it.next();
    if (x === undefined) return undefined;
    return new PyTuple([n++, x]);
  });
}

function zipNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const strict = truthy(keywordOnly('zip', kwargs, ['strict']).get('strict') ?? false);
  const its = args.slice(1).map(getIterator);
  let done = its.length === 0;
  return new PyIterator(zipType, () => {
    if (done) return undefined;
    const row: PyValue[] = new Array(its.length);
    for (let k = 0; k < its.length; k++) {
      const x = its[k]!.next();
      if (x === undefined) {
        done = true;
        if (strict) strictCheck(its, k);
        return undefined;
      }
      row[k] = x;
    }
    return new PyTuple(row);
  });
}

/** zip(strict=True): all iterators must end together. `k` is the first one found exhausted. */
function strictCheck(its: PyIterator[], k: number): void {
  const plural = (n: number): string => (n === 1 ? 'argument 1' : `arguments 1-${n}`);
  if (k > 0) throw pyError(ValueError, `zip() argument ${k + 1} is shorter than ${plural(k)}`);
  for (let j = 1; j < its.length; j++) {
    if (its[j]!.next() !== undefined) {
      throw pyError(ValueError, `zip() argument ${j + 1} is longer than ${plural(j)}`);
    }
  }
}

function mapNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('map', kwargs);
  if (args.length < 3) throw pyError(TypeError, 'map() must have at least two arguments.');
  const fn = args[1]!;
  const its = args.slice(2).map(getIterator);
  if (its.length === 1) {
    const it = its[0]!;
    return new PyIterator(mapType, () => {
      const x = it.next();
      return x === undefined ? undefined : callValue(fn, [x]);
    });
  }
  return new PyIterator(mapType, () => {
    const row: PyValue[] = new Array(its.length);
    for (let k = 0; k < its.length; k++) {
      const x = its[k]!.next();
      if (x === undefined) return undefined;
      row[k] = x;
    }
    return callValue(fn, row);
  });
}

function filterNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('filter', kwargs);
  if (args.length !== 3) throw pyError(TypeError, `filter expected 2 arguments, got ${args.length - 1}`);
  const fn = args[1]!;
  const it = getIterator(args[2]!);
  return new PyIterator(filterType, () => {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      if (fn === null ? truthy(x) : truthy(callValue(fn, [x]))) return x;
    }
    return undefined;
  });
}

function reversedNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('reversed', kwargs);
  if (args.length !== 2) throw pyError(TypeError, `reversed expected 1 argument, got ${args.length - 1}`);
  return reversedOf(args[1]!);
}

export function reversedOf(v: PyValue): PyValue {
  if (v instanceof PyList && v.pyType().lookup('__reversed__') === listType.dict.get('__reversed__')) {
    return listReverseIterator(v);
  }
  if (v instanceof PyRange) {
    const n = v.length;
    let cur = v.start + (n - 1n) * v.step;
    let left = n;
    return new PyIterator(rangeIteratorType, () => {
      if (left <= 0n) return undefined;
      left--;
      const x = cur;
      cur -= v.step;
      return x;
    });
  }
  if (v instanceof PyDict && v.pyType() === dictType) return dictReverseIterator(v, 'keys');
  if (v instanceof PyDictView) return dictReverseIterator(v.dict, v.kind);
  if (v instanceof PyObject) {
    const t = v.pyType();
    const fn = t.lookup('__reversed__');
    if (fn === null) throw pyError(TypeError, `'${t.name}' object is not reversible`);
    if (fn !== undefined) return callDunder(fn, v);
  }
  const isSequence =
    typeof v === 'string' ||
    v instanceof PyTuple ||
    v instanceof PyBytes ||
    (v instanceof PyObject &&
      !(v instanceof PyDict) &&
      v.pyType().lookup('__getitem__') != null &&
      v.pyType().lookup('__len__') != null);
  if (!isSequence) throw pyError(TypeError, `'${typeOf(v).name}' object is not reversible`);
  if (typeof v === 'string' && hasSurrogates(v)) {
    // Walk the code points once instead of re-locating each one by index.
    const points = codePointsOf(v);
    let k = points.length - 1;
    return new PyIterator(reversedType, () => (k >= 0 ? points[k--] : undefined));
  }
  let i = BigInt(pyLen(v)) - 1n;
  return new PyIterator(reversedType, () => {
    if (i < 0n) return undefined;
    return getItem(v, i--);
  });
}

export function iterableBuiltins(): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  ns.set('len', nativeFunction('len', len));
  ns.set(
    'min',
    nativeFunction('min', (a, k) => minMax('min', a, k)),
  );
  ns.set(
    'max',
    nativeFunction('max', (a, k) => minMax('max', a, k)),
  );
  ns.set('sum', nativeFunction('sum', sum));
  ns.set('sorted', nativeFunction('sorted', sorted));
  ns.set(
    'any',
    nativeFunction('any', (a, k) => anyAll('any', a, k)),
  );
  ns.set(
    'all',
    nativeFunction('all', (a, k) => anyAll('all', a, k)),
  );
  ns.set('iter', nativeFunction('iter', iter));
  ns.set('next', nativeFunction('next', next));
  const types: [PyType, (args: PyValue[], kwargs: Kwargs | null) => PyValue][] = [
    [enumerateType, enumerateNew],
    [zipType, zipNew],
    [mapType, mapNew],
    [filterType, filterNew],
    [reversedType, reversedNew],
  ];
  for (const [t, impl] of types) {
    t.dict.set('__new__', nativeFunction('__new__', impl, t));
    installIteratorMethods(t);
    ns.set(t.name, t);
  }
  return ns;
}
