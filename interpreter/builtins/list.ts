// list and tuple methods and constructors.

import { listType, tupleType, typeOf } from '../objects/builtin-types.ts';
import { IndexError, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { listIterator, listReverseIterator, toArray } from '../objects/iteration.ts';
import { repr } from '../objects/repr.ts';
import { checkSize } from '../objects/runtime.ts';
import { asIndex, requireIndex, sameOrEqual } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import type { PyType } from '../objects/type.ts';
import { PyList, PyTuple, type PyValue } from '../objects/values.ts';
import { keywordOnly } from './args.ts';
import { defineMethods, nativeFunction, noKwargs } from './define.ts';
import { exactArgs } from './str/args.ts';
import { consumePrefilled, markPrefilled, newSubclassInstance } from './prefill.ts';
import { sortInPlace } from './sort.ts';

/** Instances of user subclasses of list/tuple: the builtin payload plus the class and an attribute dict. */
export class PyListOf extends PyList {
  readonly dict = new Map<string, PyValue>();
  constructor(
    public cls: PyType,
    items: PyValue[],
  ) {
    super(items);
  }
  override pyType(): PyType {
    return this.cls;
  }
}

export class PyTupleOf extends PyTuple {
  readonly dict = new Map<string, PyValue>();
  constructor(
    public cls: PyType,
    items: readonly PyValue[],
  ) {
    super(items);
  }
  override pyType(): PyType {
    return this.cls;
  }
}

function oneArg(name: string, args: PyValue[]): PyValue {
  if (args.length !== 2) {
    throw pyError(TypeError, `${name}() takes exactly one argument (${args.length - 1} given)`);
  }
  return args[1]!;
}

/** start/stop of list.index and tuple.index, clamped like CPython (negative values count from the end). */
function searchBounds(args: PyValue[], length: number): [number, number] {
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const i = asIndex(v);
    if (i === undefined)
      throw pyError(TypeError, 'slice indices must be integers or have an __index__ method');
    let n = i > BigInt(length) ? length : i < -BigInt(length) ? -length - 1 : Number(i);
    if (n < 0) n = Math.max(0, n + length);
    return n;
  };
  return [bound(args[2], 0), bound(args[3], length)];
}

function indexOf(items: readonly PyValue[], args: PyValue[]): number {
  const [start, stop] = searchBounds(args, items.length);
  for (let i = start; i < stop && i < items.length; i++) if (sameOrEqual(items[i]!, args[1]!)) return i;
  return -1;
}

function countOf(items: readonly PyValue[], x: PyValue): bigint {
  let n = 0n;
  for (const item of items) if (sameOrEqual(item, x)) n++;
  return n;
}

function list(args: PyValue[]): PyList {
  return args[0] as PyList;
}

export function installListMethods(): void {
  listType.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (args, kwargs) => {
        const cls = args[0] as PyType;
        if (cls !== listType) return newSubclassInstance(new PyListOf(cls, []), listType, args, kwargs);
        noKwargs('list', kwargs);
        if (args.length > 2)
          throw pyError(TypeError, `list expected at most 1 argument, got ${args.length - 1}`);
        const l = new PyList(args.length === 2 ? toArray(args[1]!) : []);
        markPrefilled(l, args.slice(1));
        return l;
      },
      listType,
    ),
  );
  listType.dict.set('__hash__', null);
  defineMethods(listType, {
    __init__: (args, kwargs) => {
      noKwargs('list', kwargs);
      if (args.length > 2)
        throw pyError(TypeError, `list expected at most 1 argument, got ${args.length - 1}`);
      const self = list(args);
      if (consumePrefilled(self, args.slice(1))) return null;
      const items = args.length === 2 ? toArray(args[1]!) : [];
      self.items.length = 0;
      for (const x of items) self.items.push(x);
      return null;
    },
    append: (args) => {
      const v = oneArg('list.append', args);
      list(args).append(v);
      return null;
    },
    extend: (args) => {
      const items = toArray(oneArg('list.extend', args));
      const self = list(args);
      checkSize(self.items.length + items.length);
      for (const x of items) self.items.push(x);
      return null;
    },
    insert: (args) => {
      if (args.length !== 3) throw pyError(TypeError, `insert expected 2 arguments, got ${args.length - 1}`);
      const items = list(args).items;
      const i = requireIndex(args[1]!);
      const n = BigInt(items.length);
      const at = i < 0n ? (i + n < 0n ? 0 : Number(i + n)) : i > n ? items.length : Number(i);
      items.splice(at, 0, args[2]!);
      return null;
    },
    remove: (args) => {
      const x = oneArg('list.remove', args);
      const items = list(args).items;
      for (let i = 0; i < items.length; i++) {
        if (sameOrEqual(items[i]!, x)) {
          items.splice(i, 1);
          return null;
        }
      }
      throw pyError(ValueError, 'list.remove(x): x not in list');
    },
    pop: (args) => {
      if (args.length > 2)
        throw pyError(TypeError, `pop expected at most 1 argument, got ${args.length - 1}`);
      const items = list(args).items;
      if (items.length === 0) throw pyError(IndexError, 'pop from empty list');
      if (args.length === 1) return items.pop()!;
      let i = requireIndex(args[1]!);
      if (i < 0n) i += BigInt(items.length);
      if (i < 0n || i >= BigInt(items.length)) throw pyError(IndexError, 'pop index out of range');
      return items.splice(Number(i), 1)[0]!;
    },
    clear: (args) => {
      exactArgs('list.clear', args, null, 0);
      list(args).items.length = 0;
      return null;
    },
    index: (args) => {
      if (args.length < 2 || args.length > 4) {
        throw pyError(TypeError, `index expected at least 1 argument, got ${args.length - 1}`);
      }
      const i = indexOf(list(args).items, args);
      if (i < 0) throw pyError(ValueError, `${repr(args[1]!)} is not in list`);
      return BigInt(i);
    },
    count: (args) => countOf(list(args).items, oneArg('list.count', args)),
    sort: (args, kwargs) => {
      if (args.length > 1) throw pyError(TypeError, 'sort() takes no positional arguments');
      const opts = keywordOnly('sort', kwargs, ['key', 'reverse']);
      sortInPlace(list(args).items, opts.get('key') ?? null, truthy(opts.get('reverse') ?? false));
      return null;
    },
    reverse: (args) => {
      exactArgs('list.reverse', args, null, 0);
      list(args).items.reverse();
      return null;
    },
    copy: (args) => {
      exactArgs('list.copy', args, null, 0);
      return new PyList(list(args).items.slice());
    },
    __iter__: (args) => listIterator(list(args)),
    __len__: (args) => BigInt(list(args).items.length),
    __reversed__: (args) => listReverseIterator(list(args)),
  });
  installTupleMethods();
}

function installTupleMethods(): void {
  tupleType.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (args, kwargs) => {
        noKwargs('tuple', kwargs);
        const cls = args[0] as PyType;
        if (args.length > 2)
          throw pyError(TypeError, `tuple expected at most 1 argument, got ${args.length - 1}`);
        const src = args[1];
        if (cls === tupleType) {
          if (src instanceof PyTuple && src.pyType() === tupleType) return src;
          return new PyTuple(src === undefined ? [] : toArray(src));
        }
        return new PyTupleOf(cls, src === undefined ? [] : toArray(src));
      },
      tupleType,
    ),
  );
  defineMethods(tupleType, {
    index: (args) => {
      if (args.length < 2 || args.length > 4) {
        throw pyError(TypeError, `index expected at least 1 argument, got ${args.length - 1}`);
      }
      const i = indexOf((args[0] as PyTuple).items, args);
      if (i < 0) throw pyError(ValueError, 'tuple.index(x): x not in tuple');
      return BigInt(i);
    },
    count: (args) => countOf((args[0] as PyTuple).items, oneArg('tuple.count', args)),
    __len__: (args) => BigInt((args[0] as PyTuple).items.length),
  });
}

/** `list * n` / `n * list` style repetition with the size guard (shared by list and tuple callers). */
export function repeatItems(items: readonly PyValue[], n: PyValue): PyValue[] {
  const k = asIndex(n);
  if (k === undefined)
    throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  if (k <= 0n) return [];
  checkSize(BigInt(items.length) * k);
  const out: PyValue[] = [];
  for (let i = 0n; i < k; i++) for (const x of items) out.push(x);
  return out;
}
