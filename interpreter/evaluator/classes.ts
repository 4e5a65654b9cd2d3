// Class definitions and instantiation. A class body runs like a function whose locals form the class
// namespace; the resulting PyType (C3 MRO) is callable: builtin types through their native `__new__`,
// user classes by creating a PyInstance (PyExceptionObject under BaseException) and running `__init__`.

import { objectType, typeOf, typeType } from '../objects/builtin-types.ts';
import { BaseException, PyExceptionObject, TypeError, pyError } from '../objects/exceptions.ts';
import { MroError, PyType } from '../objects/type.ts';
import {
  PyClassMethod,
  PyInstance,
  PyNativeFunction,
  PyProperty,
  PyStaticMethod,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import type { ClassDef } from '../parser/ast.ts';
import { UnsupportedError } from '../parser/errors.ts';
import { callValue } from './calls.ts';
import { evalExpr } from './expressions.ts';
import { Frame, PyFunction } from './frame.ts';
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
    if (!(v instanceof PyType)) throw pyError(TypeError, 'bases must be types');
    // Instances of a user class are PyInstance objects, which cannot carry a list's items or a dict's table.
    if (!userClasses.has(v) && v !== objectType && !v.isSubtypeOf(BaseException)) {
      throw new UnsupportedError(`subclassing the builtin type '${v.name}'`, b.line, b.col);
    }
    bases.push(v);
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
  execBlock(s.body, frame);
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
    if (nw instanceof PyNativeFunction && nw !== objectNew) return nw.impl([cls, ...args], kwargs);
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
    if (fn instanceof PyNativeFunction && !cls.isSubtypeOf(BaseException)) {
      // A builtin base's __new__ (e.g. a subclass of a stdlib type): it builds the object itself.
      return fn.impl([cls, ...args], kwargs);
    }
    inst =
      fn instanceof PyNativeFunction ? newExceptionObject(cls, args) : callValue(fn, [cls, ...args], kwargs);
    if (!(inst instanceof PyInstance) || !inst.cls.isSubtypeOf(cls)) return inst;
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
  const r = callValue(init, [inst, ...args], kwargs);
  if (r !== null) throw pyError(TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
  return inst;
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
