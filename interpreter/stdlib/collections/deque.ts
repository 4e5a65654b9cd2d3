// collections.deque: a list-backed double-ended queue with an optional maxlen (appending to a full deque
// drops from the other end), CPython's error messages, and a mutation check while iterating.

import { NotImplemented, typeOf } from '../../objects/builtin-types.ts';
import { itemEq, pyEq } from '../../objects/equality.ts';
import { IndexError, RuntimeError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { installIteratorMethods, toArray } from '../../objects/iteration.ts';
import { repr } from '../../objects/repr.ts';
import { checkSize } from '../../objects/runtime.ts';
import { asIndex, requireIndex } from '../../objects/subscript.ts';
import type { PyType } from '../../objects/type.ts';
import { PyIterator, PyObject, PyProperty, type Kwargs, type PyValue } from '../../objects/values.ts';
import { bindArgs } from '../../builtins/args.ts';
import { nativeFunction } from '../../builtins/define.ts';
import { consumePrefilled, markPrefilled } from '../../builtins/prefill.ts';
import { makeClass } from '../module.ts';

/**
 * The elements live in `buf` from `head` on, so popleft and appendleft are O(1) amortized (a plain
 * array's shift/unshift would make queue loops quadratic). `items` gives the compacted array for the
 * rarer whole-sequence operations.
 */
export class PyDeque extends PyObject {
  private buf: PyValue[] = [];
  private head = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation, so iterators can raise like CPython. */
  state = 0;
  readonly dict = new Map<string, PyValue>();
  constructor(public cls: PyType) {
    super();
  }
  pyType(): PyType {
    return this.cls;
  }
  get items(): PyValue[] {
    if (this.head > 0) {
      this.buf = this.buf.slice(this.head);
      this.head = 0;
    }
    return this.buf;
  }
  set items(v: PyValue[]) {
    this.buf = v;
    this.head = 0;
  }
  get size(): number {
    return this.buf.length - this.head;
  }
  at(i: number): PyValue {
    return this.buf[this.head + i]!;
  }
  put(i: number, v: PyValue): void {
    this.buf[this.head + i] = v;
  }
  pushBack(x: PyValue): void {
    this.buf.push(x);
  }
  pushFront(x: PyValue): void {
    if (this.head === 0) {
      const gap = Math.max(16, this.size);
      const grown: PyValue[] = new Array(gap).fill(null);
      for (let i = 0; i < this.buf.length; i++) grown.push(this.buf[i]!);
      this.buf = grown;
      this.head = gap;
    }
    this.buf[--this.head] = x;
  }
  popBack(): PyValue {
    const v = this.buf.pop()!;
    if (this.buf.length === this.head) this.items = [];
    return v;
  }
  popFront(): PyValue {
    const v = this.buf[this.head]!;
    this.buf[this.head++] = null;
    if (this.head === this.buf.length) this.items = [];
    else if (this.head > 1024 && this.head * 2 > this.buf.length) this.items = this.buf.slice(this.head);
    return v;
  }
}

const dequeIteratorType = makeClass('_deque_iterator', '_collections');
const dequeReverseIteratorType = makeClass('_deque_reverse_iterator', '_collections');
installIteratorMethods(dequeIteratorType);
installIteratorMethods(dequeReverseIteratorType);

function self(args: PyValue[]): PyDeque {
  return args[0] as PyDeque;
}

function append(d: PyDeque, x: PyValue): void {
  d.state++;
  if (d.maxlen === 0) return;
  d.pushBack(x);
  if (d.maxlen !== null && d.size > d.maxlen) d.popFront();
}

function appendLeft(d: PyDeque, x: PyValue): void {
  d.state++;
  if (d.maxlen === 0) return;
  d.pushFront(x);
  if (d.maxlen !== null && d.size > d.maxlen) d.popBack();
}

function index(d: PyDeque, key: PyValue): number {
  const i = asIndex(key);
  if (i === undefined) throw pyError(TypeError, `sequence index must be integer, not '${typeOf(key).name}'`);
  const n = BigInt(d.size);
  const j = i < 0n ? i + n : i;
  if (j < 0n || j >= n) throw pyError(IndexError, 'deque index out of range');
  return Number(j);
}

function iterate(d: PyDeque, reverse: boolean): PyIterator {
  const state = d.state;
  let i = 0;
  return new PyIterator(reverse ? dequeReverseIteratorType : dequeIteratorType, () => {
    if (d.state !== state) throw pyError(RuntimeError, 'deque mutated during iteration');
    if (i >= d.size) return undefined;
    const k = i++;
    return d.at(reverse ? d.size - 1 - k : k);
  });
}

function init(d: PyDeque, args: PyValue[], kwargs: Kwargs | null): void {
  const [iterable, maxlen] = bindArgs('deque', args, kwargs, ['iterable', 'maxlen'], 0);
  if (maxlen !== undefined && maxlen !== null) {
    const m = requireIndex(maxlen);
    if (m < 0n) throw pyError(ValueError, 'maxlen must be non-negative');
    d.maxlen = Number(m);
  } else d.maxlen = null;
  d.items = [];
  if (iterable !== undefined && iterable !== null) for (const x of toArray(iterable)) append(d, x);
}

function newDeque(cls: PyType, items: PyValue[], maxlen: number | null): PyDeque {
  const d = new PyDeque(cls);
  d.maxlen = maxlen;
  for (const x of items) append(d, x);
  return d;
}

export const dequeType: PyType = makeClass('deque', 'collections', [], {
  __init__: (args, kwargs) => {
    if (!consumePrefilled(self(args), args.slice(1))) init(self(args), args.slice(1), kwargs);
    return null;
  },
  __repr__: (args) => {
    const d = self(args);
    const body = `${d.pyType().name}([${d.items.map((x) => repr(x)).join(', ')}]`;
    return d.maxlen === null ? body + ')' : `${body}, maxlen=${d.maxlen})`;
  },
  __len__: (args) => BigInt(self(args).size),
  __iter__: (args) => iterate(self(args), false),
  __reversed__: (args) => iterate(self(args), true),
  __getitem__: (args) => {
    const d = self(args);
    return d.at(index(d, args[1]!));
  },
  __setitem__: (args) => {
    const d = self(args);
    d.put(index(d, args[1]!), args[2]!);
    return null;
  },
  __delitem__: (args) => {
    const d = self(args);
    d.items.splice(index(d, args[1]!), 1);
    d.state++;
    return null;
  },
  __contains__: (args) => self(args).items.some((x) => x === args[1] || pyEq(x, args[1]!)),
  __eq__: (args) => {
    const [a, b] = args as [PyDeque, PyValue];
    if (!(b instanceof PyDeque)) return NotImplemented;
    return a.items.length === b.items.length && a.items.every((x, i) => itemEq(x, b.items[i]!));
  },
  __add__: (args) => {
    const [a, b] = args as [PyDeque, PyValue];
    if (!(b instanceof PyDeque)) {
      throw pyError(TypeError, `can only concatenate deque (not "${typeOf(b).name}") to deque`);
    }
    return newDeque(a.pyType(), [...a.items, ...b.items], a.maxlen);
  },
  __iadd__: (args) => {
    for (const x of toArray(args[1]!)) append(self(args), x);
    return args[0]!;
  },
  __mul__: (args) => {
    const d = self(args);
    const n = requireIndex(args[1]!);
    checkSize(BigInt(d.items.length) * (n > 0n ? n : 0n));
    const items: PyValue[] = [];
    for (let i = 0n; i < n; i++) items.push(...d.items);
    return newDeque(d.pyType(), items, d.maxlen);
  },
  append: (args) => {
    append(self(args), args[1]!);
    return null;
  },
  appendleft: (args) => {
    appendLeft(self(args), args[1]!);
    return null;
  },
  pop: (args) => {
    const d = self(args);
    if (d.size === 0) throw pyError(IndexError, 'pop from an empty deque');
    d.state++;
    return d.popBack();
  },
  popleft: (args) => {
    const d = self(args);
    if (d.size === 0) throw pyError(IndexError, 'pop from an empty deque');
    d.state++;
    return d.popFront();
  },
  extend: (args) => {
    const d = self(args);
    for (const x of toArray(args[1]!)) append(d, x);
    return null;
  },
  extendleft: (args) => {
    const d = self(args);
    for (const x of toArray(args[1]!)) appendLeft(d, x);
    return null;
  },
  rotate: (args) => {
    const d = self(args);
    const len = d.items.length;
    let n = args.length > 1 ? Number(requireIndex(args[1]!) % BigInt(Math.max(len, 1))) : 1;
    if (len <= 1) return null;
    n = ((n % len) + len) % len;
    if (n !== 0) d.items = [...d.items.slice(len - n), ...d.items.slice(0, len - n)];
    d.state++;
    return null;
  },
  clear: (args) => {
    self(args).items = [];
    self(args).state++;
    return null;
  },
  copy: (args) => newDeque(self(args).pyType(), self(args).items, self(args).maxlen),
  count: (args) => BigInt(self(args).items.filter((x) => x === args[1] || pyEq(x, args[1]!)).length),
  index: (args) => {
    const d = self(args);
    const start = args.length > 2 ? Number(requireIndex(args[2]!)) : 0;
    const stop = args.length > 3 ? Number(requireIndex(args[3]!)) : d.items.length;
    const norm = (i: number): number =>
      i < 0 ? Math.max(0, i + d.items.length) : Math.min(i, d.items.length);
    for (let i = norm(start); i < norm(stop); i++) {
      if (d.items[i] === args[1] || pyEq(d.items[i]!, args[1]!)) return BigInt(i);
    }
    throw pyError(ValueError, `${repr(args[1]!)} is not in deque`);
  },
  insert: (args) => {
    const d = self(args);
    if (d.maxlen !== null && d.items.length >= d.maxlen)
      throw pyError(IndexError, 'deque already at its maximum size');
    const i = requireIndex(args[1]!);
    const n = BigInt(d.items.length);
    const at = i < 0n ? (i + n < 0n ? 0 : Number(i + n)) : i > n ? d.items.length : Number(i);
    d.items.splice(at, 0, args[2]!);
    d.state++;
    return null;
  },
  remove: (args) => {
    const d = self(args);
    const i = d.items.findIndex((x) => x === args[1] || pyEq(x, args[1]!));
    if (i < 0) throw pyError(ValueError, `${repr(args[1]!)} is not in deque`);
    d.items.splice(i, 1);
    d.state++;
    return null;
  },
  reverse: (args) => {
    self(args).items.reverse();
    self(args).state++;
    return null;
  },
});
dequeType.dict.set(
  '__new__',
  nativeFunction(
    '__new__',
    (args, kwargs) => {
      const d = new PyDeque(args[0] as PyType);
      // Without a separate __init__ call for stdlib classes, the plain class fills in __new__.
      if (args[0] === dequeType) {
        init(d, args.slice(1), kwargs);
        markPrefilled(d, args.slice(1));
      }
      return d;
    },
    dequeType,
  ),
);
dequeType.dict.set('__hash__', null);
dequeType.dict.set(
  'maxlen',
  new PyProperty(
    nativeFunction('maxlen', (args) => {
      const m = self(args).maxlen;
      return m === null ? null : BigInt(m);
    }),
  ),
);
