// How Python values are represented in the host. The common immutable types map onto JS primitives so the
// hot paths allocate nothing:
//   None -> null, bool -> boolean, int -> bigint (always; arbitrary precision), float -> number,
//   str -> string (UTF-16; benchmark programs are almost all BMP text).
// A float NaN is the exception: a PyNaN object, so that NaN identity is CPython's (see PyNaN below).
// Everything else is an instance of a PyObject subclass; `typeOf()` in types.ts maps any value to its type.

import { HashTable } from './hashtable.ts';
import { shared } from './small-ints.ts';
import type { PyType } from './type.ts';

export type PyValue = null | boolean | bigint | number | string | PyObject;

/** Keyword arguments of a call, in the order given. */
export type Kwargs = Map<string, PyValue>;

/** Base of every non-primitive Python value. */
export abstract class PyObject {
  /** The Python type of this object; user instances answer their class. */
  abstract pyType(): PyType;
}

export class PyList extends PyObject {
  /** The length up to which `items` has room, when append grew it (see append); 0 otherwise. */
  room = 0;
  constructor(public items: PyValue[]) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.list;
  }

  /**
   * `list.append`. V8 grows a full array by 1.5x, and each reallocation of a large array maps fresh
   * memory, whose page faults cost more than the copy on some machines (bench/interpreter.ts measures
   * it). Large lists therefore grow by 1.9x, reallocating a third less often; under 2x, so that setting
   * the length back does not make V8 trim the new room away. A stale `room` (items replaced) only means
   * one growth by V8's own rule.
   */
  append(v: PyValue): void {
    const items = this.items;
    // A small int is kept as the shared object (small-ints.ts): nothing fresh to promote.
    const item = typeof v === 'bigint' ? shared(v) : v;
    const n = items.length;
    if (n >= 32768 && n >= this.room) {
      this.room = Math.floor(n * 1.9);
      items.length = this.room;
      items.length = n;
    }
    items.push(item);
  }
}

/**
 * A float NaN. Each NaN that CPython would create as a new object is its own PyNaN, so `is` and the
 * containers' identity shortcut (`[n] == [n]` is True for one NaN object, False for two) see the same
 * identities as CPython; a host NaN number cannot be told from another. Consumers treat it exactly like a
 * NaN number (see `unboxNaN`); other floats stay host numbers.
 */
export class PyNaN extends PyObject {
  pyType(): PyType {
    return builtinTypeRef.float;
  }
}

/** The float's host number when `v` is a boxed NaN, else `v` itself. */
export function unboxNaN(v: PyValue): PyValue {
  return v instanceof PyNaN ? NaN : v;
}

/** A float result as Python sees it: a NaN becomes a fresh PyNaN (CPython makes a new object). */
export function boxNaN(x: number): number | PyNaN {
  return x === x ? x : new PyNaN();
}

export class PyTuple extends PyObject {
  constructor(public readonly items: readonly PyValue[]) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.tuple;
  }
}

/** dict: insertion-ordered, Python key semantics. */
export class PyDict extends PyObject {
  constructor(public readonly table: HashTable<PyValue> = new HashTable<PyValue>()) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.dict;
  }
}

/**
 * set and frozenset. Lookup goes through the hash table; iteration order must follow CPython's hash-table
 * layout (e.g. `{3, 1, 2}` prints `{1, 2, 3}`), which set-order.ts reproduces.
 */
export class PySet extends PyObject {
  constructor(
    public readonly table: HashTable<true> = new HashTable<true>(),
    public readonly frozen = false,
  ) {
    super();
  }
  pyType(): PyType {
    return this.frozen ? builtinTypeRef.frozenset : builtinTypeRef.set;
  }
}

export class PyRange extends PyObject {
  constructor(
    public readonly start: bigint,
    public readonly stop: bigint,
    public readonly step: bigint,
  ) {
    super();
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
  pyType(): PyType {
    return builtinTypeRef.range;
  }
}

export class PySlice extends PyObject {
  constructor(
    public readonly start: PyValue,
    public readonly stop: PyValue,
    public readonly step: PyValue,
  ) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.slice;
  }
}

export class PyBytes extends PyObject {
  constructor(public readonly data: Uint8Array) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.bytes;
  }
}

/** A function implemented in TypeScript. `self` is bound when the function was looked up on an object. */
export type NativeImpl = (args: PyValue[], kwargs: Kwargs | null) => PyValue;

export class PyNativeFunction extends PyObject {
  constructor(
    public readonly name: string,
    public readonly impl: NativeImpl,
    /** The type that defines it, for method reprs like `<method 'append' of 'list' objects>`. */
    public readonly owner: PyType | null = null,
  ) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.builtin_function_or_method;
  }
}

/** A function (native or user-defined) bound to its first argument. */
export class PyBoundMethod extends PyObject {
  constructor(
    public readonly self: PyValue,
    public readonly func: PyValue,
  ) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.method;
  }
}

/** An instance of a user-defined class (exceptions included: they are instances of BaseException's tree). */
export class PyInstance extends PyObject {
  readonly dict = new Map<string, PyValue>();
  constructor(public cls: PyType) {
    super();
  }
  pyType(): PyType {
    return this.cls;
  }
}

export class PyModule extends PyObject {
  constructor(
    public readonly name: string,
    public readonly dict: Map<string, PyValue>,
  ) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.module;
  }
}

/** `property`, `staticmethod` and `classmethod` wrappers found in class bodies. */
export class PyProperty extends PyObject {
  constructor(
    public readonly fget: PyValue,
    public readonly fset: PyValue = null,
    public readonly fdel: PyValue = null,
  ) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.property;
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public readonly func: PyValue) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.staticmethod;
  }
}

export class PyClassMethod extends PyObject {
  constructor(public readonly func: PyValue) {
    super();
  }
  pyType(): PyType {
    return builtinTypeRef.classmethod;
  }
}

/**
 * Every builtin iterator (list_iterator, map, zip, enumerate, dict_keyiterator, ...). `next()` returns
 * `undefined` when exhausted, which keeps StopIteration out of the host's hot loops.
 */
export class PyIterator extends PyObject {
  constructor(
    private readonly type: PyType,
    public readonly next: () => PyValue | undefined,
  ) {
    super();
  }
  pyType(): PyType {
    return this.type;
  }
}

/**
 * Filled in by types.ts once the builtin type objects exist; the indirection keeps this module free of an
 * import cycle while `pyType()` stays a field read.
 */
export const builtinTypeRef = {} as Record<
  | 'float'
  | 'list'
  | 'tuple'
  | 'dict'
  | 'set'
  | 'frozenset'
  | 'range'
  | 'slice'
  | 'bytes'
  | 'builtin_function_or_method'
  | 'method'
  | 'module'
  | 'property'
  | 'staticmethod'
  | 'classmethod',
  PyType
>;
