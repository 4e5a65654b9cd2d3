// heapq: the same sift algorithms as CPython's _heapq (only `<` comparisons), so heaps printed by programs
// have exactly CPython's layout; nlargest/nsmallest return what CPython returns (a stable sort's prefix).

import { pyLt } from '../objects/compare.ts';
import { IndexError, TypeError, pyError } from '../objects/exceptions.ts';
import { toArray } from '../objects/iteration.ts';
import { requireIndex } from '../objects/subscript.ts';
import { PyList, type Kwargs, type PyValue } from '../objects/values.ts';
import { bindArgs } from '../builtins/args.ts';
import { expectArgs, noKwargs } from '../builtins/define.ts';
import { sortInPlace } from '../builtins/sort.ts';
import { keywordOnly } from '../builtins/args.ts';
import { rt } from '../objects/runtime.ts';
import { truthy } from '../objects/truth.ts';
import { mergeBody } from './heapq-merge.ts';
import { functions, makeModule } from './module.ts';
import type { PyModule } from '../objects/values.ts';

function heapArg(v: PyValue): PyValue[] {
  if (!(v instanceof PyList)) throw pyError(TypeError, 'heap argument must be a list');
  return v.items;
}

/** The heap order: the `<` that CPython's sift functions use (pyLt for heaps of Python values). */
export type Less<T = PyValue> = (a: T, b: T) => boolean;

/** The max-heap helpers (_heapify_max & co) order by `b < a`, keeping CPython's operand order. */
const greater: Less = (a, b) => pyLt(b, a);

function siftDown<T>(heap: T[], start: number, pos: number, lt: Less<T>): void {
  const item = heap[pos]!;
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos]!;
    if (lt(item, parent)) {
      heap[pos] = parent;
      pos = parentPos;
      continue;
    }
    break;
  }
  heap[pos] = item;
}

export function siftUp<T>(heap: T[], pos: number, lt: Less<T>): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos]!;
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(heap[child]!, heap[right]!)) child = right;
    heap[pos] = heap[child]!;
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos, lt);
}

export function heappush(heap: PyValue[], item: PyValue): void {
  heap.push(item);
  siftDown(heap, 0, heap.length - 1, pyLt);
}

export function heappop<T>(heap: T[], lt: Less<T>): T {
  const last = heap.pop();
  if (last === undefined) throw pyError(IndexError, 'index out of range');
  if (heap.length === 0) return last;
  const top = heap[0]!;
  heap[0] = last;
  siftUp(heap, 0, lt);
  return top;
}

export function heapify<T>(heap: T[], lt: Less<T>): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, lt);
}

function heapreplace(heap: PyValue[], item: PyValue, lt: Less): PyValue {
  if (heap.length === 0) throw pyError(IndexError, 'index out of range');
  const top = heap[0]!;
  heap[0] = item;
  siftUp(heap, 0, lt);
  return top;
}

function nBest(name: string, largest: boolean, args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [n, iterable, key] = bindArgs(name, args, kwargs, ['n', 'iterable', 'key'], 2);
  const k = requireIndex(n!);
  const items = toArray(iterable!);
  if (k <= 0n) return new PyList([]);
  sortInPlace(items, key ?? null, largest);
  return new PyList(items.slice(0, Number(k > BigInt(items.length) ? BigInt(items.length) : k)));
}

export function heapqModule(): PyModule {
  return makeModule('heapq', {
    ...functions({
      heappush: (args, kwargs) => {
        noKwargs('heappush', kwargs);
        expectArgs('heappush', args, 2);
        heappush(heapArg(args[0]!), args[1]!);
        return null;
      },
      heappop: (args, kwargs) => {
        noKwargs('heappop', kwargs);
        expectArgs('heappop', args, 1);
        return heappop(heapArg(args[0]!), pyLt);
      },
      heapify: (args, kwargs) => {
        noKwargs('heapify', kwargs);
        expectArgs('heapify', args, 1);
        heapify(heapArg(args[0]!), pyLt);
        return null;
      },
      heapreplace: (args, kwargs) => {
        noKwargs('heapreplace', kwargs);
        expectArgs('heapreplace', args, 2);
        return heapreplace(heapArg(args[0]!), args[1]!, pyLt);
      },
      _heapify_max: (args) => {
        expectArgs('_heapify_max', args, 1);
        heapify(heapArg(args[0]!), greater);
        return null;
      },
      _heappop_max: (args) => {
        expectArgs('_heappop_max', args, 1);
        return heappop(heapArg(args[0]!), greater);
      },
      _heapreplace_max: (args) => {
        expectArgs('_heapreplace_max', args, 2);
        return heapreplace(heapArg(args[0]!), args[1]!, greater);
      },
      heappushpop: (args, kwargs) => {
        noKwargs('heappushpop', kwargs);
        expectArgs('heappushpop', args, 2);
        const heap = heapArg(args[0]!);
        let item = args[1]!;
        if (heap.length > 0 && pyLt(heap[0]!, item)) {
          [item, heap[0]] = [heap[0]!, item];
          siftUp(heap, 0, pyLt);
        }
        return item;
      },
      nlargest: (args, kwargs) => nBest('nlargest', true, args, kwargs),
      nsmallest: (args, kwargs) => nBest('nsmallest', false, args, kwargs),
      merge: (args, kwargs) => {
        const opts = keywordOnly('merge', kwargs, ['key', 'reverse']);
        const key = opts.get('key') ?? null;
        return rt().generator(
          mergeBody(args, key === null ? null : key, truthy(opts.get('reverse') ?? false)),
          'merge',
        );
      },
    }),
  });
}
