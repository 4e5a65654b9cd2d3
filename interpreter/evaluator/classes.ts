// Class definitions and instantiation. A class body runs like a function whose locals form the class
// namespace; the resulting PyType (C3 MRO) is callable: builtin types through their native `__new__`,
// user classes by creating a PyInstance (PyExceptionObject under BaseException; the payload instance a builtin
// base's `__new__` builds for subclasses of list, dict, ...) and running `__init__`.

import {
  dictType,
  frozensetType,
  listType,
  objectType,
  setType,
  tupleType,
  typeOf,
  typeType,
} from '../objects/builtin-types.ts';
import { BaseException, PyExceptionObject, TypeError, pyError } from '../objects/exceptions.ts';
import { MroError, PyType } from '../objects/type.ts';
import {
  PyClassMethod,
  PyInstance,
  PyNativeFunction,
  PyProperty,
  PyStaticMethod,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import type { ClassDef } from '../parser/ast.ts';
import { UnsupportedError } from '../parser/errors.ts';
import { getAttrOrUndefined } from './attributes.ts';
import { callValue } from './calls.ts';
import { evalExpr } from './expressions.ts';
import { Frame, PyFunction, S } from './frame.ts';
import { storeName } from './names.ts';
import { execBlock } from './statements.ts';
import { objectInit, objectNew } from './super.ts';

/** Classes created by `class` statements (as opposed to builtin and stdlib types). */
const userClasses = new WeakSet<PyType>();

export function isUserClass(t: PyType): boolean {
  return userClasses.has(t);
}

export function execClassDef(s: ClassDef, f: Frame): void {
  const decorators = s.decorators.map((d) => evalExpr(d, f));
  const bases: PyType[] = [];
  for (const b of s.bases) {
    const v = evalExpr(b, f);
    for (const base of mroEntries(v)) {
      checkBase(base, b.line, b.col);
      bases.push(base);
    }
  }
  if (bases.length > 1 && new Set(bases.map(layoutOf).filter((l) => l !== null)).size > 1) {
    throw pyError(TypeError, 'multiple bases have instance lay-out conflict');
  }
  for (const k of s.keywords) {
    evalExpr(k.value, f);
    if (k.name === 'metaclass') {
      // Only `metaclass=ABCMeta`-style markers are accepted; they do not change behaviour here.
      continue;
    }
    throw pyError(TypeError, `${s.name.id}.__init_subclass__() takes no keyword arguments`);
  }
  const ns = new Map<string, PyValue>();
  ns.set('__module__', '__main__');
  ns.set('__qualname__', s.qualname);
  const cells = s.freeSources.map((i) => f.cells[i]!);
  const frame = new Frame(null, f.globals, cells, ns, f.func);
  const caller = S.frame;
  S.frame = frame;
  try {
    execBlock(s.body, frame);
  } finally {
    S.frame = caller;
  }
  // Defining __eq__ without __hash__ makes instances unhashable, as in CPython.
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  let cls: PyType;
  try {
    cls = new PyType(s.name.id, bases.length > 0 ? bases : [objectType], ns, '__main__');
  } catch (e) {
    if (e instanceof MroError) {
      const names = bases.map((b) => b.name).join(', ');
      throw pyError(
        TypeError,
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`,
      );
    }
    throw e;
  }
  userClasses.add(cls);
  for (const v of ns.values()) setOwner(v, cls);
  let v: PyValue = cls;
  for (let i = decorators.length - 1; i >= 0; i--) v = callValue(decorators[i]!, [v], null);
  storeName(s.name, v, f);
}

/** A base expression's classes: itself, or what its `__mro_entries__` gives (`typing.List[int]` → list). */
function mroEntries(v: PyValue): PyType[] {
  if (v instanceof PyType) return [v];
  const hook = getAttrOrUndefined(v, '__mro_entries__');
  const entries = hook === undefined ? undefined : callValue(hook, [new PyTuple([v])], null);
  if (entries instanceof PyTuple && entries.items.every((e) => e instanceof PyType)) {
    return entries.items as PyType[];
  }
  throw pyError(TypeError, 'bases must be types');
}

/** Builtin types CPython refuses as bases. */
const finalTypes = new Set([
  'bool',
  'range',
  'slice',
  'NoneType',
  'function',
  'builtin_function_or_method',
  'method',
  'generator',
  'ellipsis',
  'NotImplementedType',
]);
/**
 * Builtin types whose subclass instances carry their payload (PyListOf, PyTupleOf, PyDictOf, PySetOf);
 * values of the other builtins (int, str, ...) are host primitives that cannot carry a class.
 */
const payloadTypes = new Set<PyType>([listType, tupleType, dictType, setType, frozensetType]);

function checkBase(v: PyType, line: number, col: number): void {
  if (userClasses.has(v) || v === objectType || !v.isBuiltin || v.isSubtypeOf(BaseException)) return;
  if (payloadTypes.has(v)) return;
  if (finalTypes.has(v.name)) throw pyError(TypeError, `type '${v.name}' is not an acceptable base type`);
  throw new UnsupportedError(`subclassing the builtin type '${v.name}'`, line, col);
}

/**
 * The type whose host object a class's instances are (list, dict, deque, an exception, ...; null for plain
 * PyInstance classes): the base nearest to object that builds its instances natively.
 */
function layoutOf(t: PyType): PyType | null {
  if (t.isSubtypeOf(BaseException)) return BaseException;
  for (let i = t.mro.length - 1; i >= 0; i--) {
    const c = t.mro[i]!;
    if (c !== objectType && c.dict.get('__new__') instanceof PyNativeFunction) return c;
  }
  return null;
}

function setOwner(v: PyValue, cls: PyType): void {
  if (v instanceof PyFunction) v.ownerClass = cls;
  else if (v instanceof PyClassMethod || v instanceof PyStaticMethod) setOwner(v.func, cls);
  else if (v instanceof PyProperty) {
    setOwner(v.fget, cls);
    setOwner(v.fset, cls);
    setOwner(v.fdel, cls);
  }
}

/** Calling a type. */
export function construct(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (cls === typeType) {
    if (args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]!);
    throw pyError(TypeError, 'type() takes 1 or 3 arguments');
  }
  if (!userClasses.has(cls)) {
    if (cls.isSubtypeOf(BaseException)) return newException(cls, args, kwargs);
    const nw = cls.lookup('__new__');
    if (nw instanceof PyNativeFunction && nw !== objectNew) return nw.impl(withFirst(cls, args), kwargs);
    if (nw instanceof PyNativeFunction && cls === objectType) {
      if (args.length > 0) throw pyError(TypeError, 'object() takes no arguments');
      return nw.impl([cls], null);
    }
    throw pyError(TypeError, `cannot create '${cls.reprName}' instances`);
  }
  // A user class: a user-defined __new__ (implicitly static) may return anything.
  let inst: PyValue;
  const nw = cls.lookup('__new__');
  if (nw !== undefined && nw !== objectNew) {
    const fn = nw instanceof PyStaticMethod ? nw.func : nw;
    if (fn instanceof PyNativeFunction) {
      // A builtin base's __new__ (list, dict, a namedtuple, Counter, ...) builds the payload instance.
      inst = cls.isSubtypeOf(BaseException)
        ? newExceptionObject(cls, args)
        : fn.impl(withFirst(cls, args), kwargs);
    } else {
      inst = callValue(fn, withFirst(cls, args), kwargs);
    }
    if (!typeOf(inst).isSubtypeOf(cls)) return inst;
  } else if (cls.isSubtypeOf(BaseException)) {
    inst = newExceptionObject(cls, args);
  } else {
    inst = new PyInstance(cls);
  }
  const init = cls.lookup('__init__');
  if (init === undefined || init === objectInit) {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) {
      if (nw === undefined || nw === objectNew) throw pyError(TypeError, `${cls.name}() takes no arguments`);
    }
    return inst;
  }
  const r = callValue(init, withFirst(inst, args), kwargs);
  if (r !== null) throw pyError(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
  return inst;
}

/** `[first, ...rest]` without the iteration protocol an array spread goes through. */
function withFirst(first: PyValue, rest: PyValue[]): PyValue[] {
  const n = rest.length;
  const out: PyValue[] = new Array(n + 1);
  out[0] = first;
  for (let i = 0; i < n; i++) out[i + 1] = rest[i]!;
  return out;
}

function newExceptionObject(cls: PyType, args: PyValue[]): PyExceptionObject {
  const e = new PyExceptionObject(cls);
  e.args = args.slice();
  return e;
}

function newException(cls: PyType, args: PyValue[], kwargs: Kwargs | null): PyExceptionObject {
  if (kwargs !== null && kwargs.size > 0) {
    throw pyError(TypeError, `${cls.name}() takes no keyword arguments`);
  }
  return newExceptionObject(cls, args);
}
