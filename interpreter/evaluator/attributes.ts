// Attribute lookup (`obj.name`) with descriptors: instance dict, then the class MRO, where functions bind
// to bound methods and property/staticmethod/classmethod apply. Builtin types' natives bind `self`.

import { typeOf } from '../objects/builtin-types.ts';
import {
  AttributeError,
  PyError,
  PyExceptionObject,
  StopIteration,
  TypeError,
  pyError,
} from '../objects/exceptions.ts';
import { PyType } from '../objects/type.ts';
import {
  PyBoundMethod,
  PyClassMethod,
  PyDict,
  PyInstance,
  PyModule,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyTuple,
  type PyValue,
} from '../objects/values.ts';
import { inheritedPayloadDunder } from './builtin-dunders.ts';
import { callValue } from './calls.ts';
import { isUserClass } from './classes.ts';
import { PyFunction } from './frame.ts';
import { namespaceDict } from './namespace-dict.ts';
import { objectSetattr, objectSlot, PySuper, superGetAttr } from './super.ts';

/** Applies the descriptor protocol to a value found on `cls` for instance `obj` (null: looked up on the class). */
export function bindDescriptor(v: PyValue, obj: PyValue | undefined, cls: PyType): PyValue {
  if (v instanceof PyFunction || v instanceof PyNativeFunction) {
    return obj === undefined ? v : new PyBoundMethod(obj, v);
  }
  if (v instanceof PyClassMethod) return new PyBoundMethod(cls, v.func);
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyProperty && obj !== undefined) {
    if (v.fget === null) throw pyError(AttributeError, 'unreadable attribute');
    return callValue(v.fget, [obj], null);
  }
  return v;
}

export function getAttr(obj: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(obj, name);
  if (v !== undefined) return v;
  throw attributeError(obj, name);
}

export function attributeError(obj: PyValue, name: string) {
  if (obj instanceof PyType)
    return pyError(AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyModule)
    return pyError(AttributeError, `module '${obj.name}' has no attribute '${name}'`);
  return pyError(AttributeError, `'${typeOf(obj).name}' object has no attribute '${name}'`);
}

export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyInstance) return instanceAttr(obj, name);
  if (obj instanceof PyType) return typeAttr(obj, name);
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    if (name === '__name__') return obj.name;
    if (name === '__dict__') return namespaceDict(obj.dict);
    return undefined;
  }
  if (obj instanceof PySuper) return superGetAttr(obj, name);
  const t = typeOf(obj);
  if (!t.isBuiltin) {
    const own = payloadDict(obj);
    if (own !== undefined) return payloadAttr(obj as PyObject, own, t, name);
  }
  const v = t.lookup(name);
  if (v !== undefined) return bindDescriptor(v, obj, t);
  const dunder = inheritedPayloadDunder(t, name);
  if (dunder !== undefined) return new PyBoundMethod(obj, dunder);
  if (obj instanceof PyFunction) return functionAttr(obj, name);
  if (obj instanceof PyNativeFunction) {
    if (name === '__name__' || name === '__qualname__') return obj.name;
    if (name === '__self__') return null;
  }
  if (obj instanceof PyBoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.func;
    return getAttrOrUndefined(obj.func, name);
  }
  if (name === '__class__') return t;
  if (obj instanceof PyProperty) {
    if (name === 'fget') return obj.fget;
    if (name === 'fset') return obj.fset;
    if (name === 'fdel') return obj.fdel;
  }
  if ((obj instanceof PyStaticMethod || obj instanceof PyClassMethod) && name === '__func__') return obj.func;
  return undefined;
}

function instanceAttr(obj: PyInstance, name: string): PyValue | undefined {
  const cls = obj.cls;
  const clsAttr = cls.lookup(name);
  if (clsAttr instanceof PyProperty) return bindDescriptor(clsAttr, obj, cls);
  const own = obj.dict.get(name);
  if (own !== undefined) return own;
  if (clsAttr !== undefined) return bindDescriptor(clsAttr, obj, cls);
  if (obj instanceof PyExceptionObject) {
    const v = exceptionAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (name === '__class__') return cls;
  if (name === '__dict__') return namespaceDict(obj.dict);
  const slot = objectSlot(name);
  if (slot !== undefined) return new PyBoundMethod(obj, slot);
  const hook = cls.lookup('__getattr__');
  if (hook !== undefined) {
    try {
      return callValue(hook, [obj, name], null);
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) {
        return undefined;
      }
      throw e;
    }
  }
  return undefined;
}

/**
 * The attribute dict of a builtin-subclass instance (PyListOf, PyDictOf, PyTupleOf, PySetOf, PyDeque): those
 * carry their class's attributes in a `dict` map next to the builtin payload.
 */
function payloadDict(obj: PyValue): Map<string, PyValue> | undefined {
  const d = obj instanceof PyObject ? (obj as { dict?: unknown }).dict : undefined;
  return d instanceof Map ? (d as Map<string, PyValue>) : undefined;
}

/** Attributes of a builtin-subclass instance: like a user instance's, with the builtin's methods inherited. */
function payloadAttr(obj: PyObject, own: Map<string, PyValue>, t: PyType, name: string): PyValue | undefined {
  const clsAttr = t.lookup(name);
  if (clsAttr instanceof PyProperty) return bindDescriptor(clsAttr, obj, t);
  const mine = own.get(name);
  if (mine !== undefined) return mine;
  if (clsAttr !== undefined) return bindDescriptor(clsAttr, obj, t);
  if (name === '__class__') return t;
  if (name === '__dict__' && hasInstanceDict(t)) return namespaceDict(own);
  const dunder = inheritedPayloadDunder(t, name);
  if (dunder !== undefined) return new PyBoundMethod(obj, dunder);
  const slot = objectSlot(name);
  if (slot !== undefined) return new PyBoundMethod(obj, slot);
  const hook = t.lookup('__getattr__');
  if (hook === undefined) return undefined;
  try {
    return callValue(hook, [obj, name], null);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

/**
 * Instances get an attribute dict from a class a program defines without `__slots__` (namedtuple and deque
 * instances have none).
 */
function hasInstanceDict(t: PyType): boolean {
  return t.mro.some((c) => isUserClass(c) && !c.dict.has('__slots__'));
}

function exceptionAttr(e: PyExceptionObject, name: string): PyValue | undefined {
  switch (name) {
    case 'args':
      return new PyTuple(e.args);
    case '__cause__':
      return e.cause;
    case '__context__':
      return e.context;
    case '__suppress_context__':
      return e.suppressContext;
    case '__traceback__':
      return null;
    case 'value':
      // StopIteration.value
      return e.cls.isSubtypeOf(StopIteration) ? (e.args[0] ?? null) : undefined;
  }
  return undefined;
}

function typeAttr(t: PyType, name: string): PyValue | undefined {
  const v = t.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyClassMethod) return new PyBoundMethod(t, v.func);
    if (v instanceof PyStaticMethod) return v.func;
    return v;
  }
  const dunder = inheritedPayloadDunder(t, name);
  if (dunder !== undefined) return dunder;
  switch (name) {
    case '__name__':
      return t.name;
    case '__qualname__':
      return t.name;
    case '__module__':
      return t.module;
    case '__bases__':
      return new PyTuple(t.bases);
    case '__base__':
      return t.bases[0] ?? null;
    case '__mro__':
      return new PyTuple(t.mro);
    case '__dict__':
      return dictOf(t.dict);
    case '__class__':
      return PyType.typeType;
    case '__doc__':
      return null;
  }
  return objectSlot(name);
}

function functionAttr(fn: PyFunction, name: string): PyValue | undefined {
  const v = fn.dict.get(name);
  if (v !== undefined) return v;
  switch (name) {
    case '__name__':
      return fn.name;
    case '__qualname__':
      return fn.qualname;
    case '__module__':
      return '__main__';
    case '__doc__':
      return docstring(fn);
    case '__defaults__':
      return fn.defaults.length === 0 ? null : new PyTuple(fn.defaults);
    case '__kwdefaults__': {
      const d = new PyDict();
      fn.code.kwonlyNames.forEach((k, i) => {
        const v = fn.kwDefaults[i];
        if (v !== undefined) d.table.set(k, v);
      });
      return d.table.size === 0 ? null : d;
    }
    case '__dict__':
      return namespaceDict(fn.dict);
    case '__class__':
      return typeOf(fn);
  }
  return undefined;
}

function docstring(fn: PyFunction): PyValue {
  const first = fn.code.body[0];
  if (!fn.code.isLambda && first?.kind === 'ExprStmt' && first.value.kind === 'Const') {
    return typeof first.value.value === 'string' ? first.value.value : null;
  }
  return null;
}

/** A class's namespace as a dict: a copy (CPython's is a read-only mappingproxy view). */
function dictOf(m: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.table.set(k, v);
  return d;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyInstance) {
    const cls = obj.cls;
    const hook = cls.lookup('__setattr__');
    if (hook !== undefined && hook !== objectSetattr) {
      callValue(hook, [obj, name, value], null);
      return;
    }
    setInstanceAttr(obj, name, value);
    return;
  }
  if (obj instanceof PyType) {
    if (obj.isBuiltin) {
      throw pyError(TypeError, `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    }
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyFunction) {
    if (name === '__name__' && typeof value === 'string') obj.name = value;
    else if (name === '__qualname__' && typeof value === 'string') obj.qualname = value;
    else obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  }
  const t = typeOf(obj);
  const own = t.isBuiltin ? undefined : payloadDict(obj);
  if (own !== undefined && hasInstanceDict(t)) {
    setPayloadAttr(obj as PyObject, own, t, name, value);
    return;
  }
  if (t.lookup(name) !== undefined) {
    throw pyError(AttributeError, `'${t.name}' object attribute '${name}' is read-only`);
  }
  throw pyError(AttributeError, `'${t.name}' object has no attribute '${name}'`);
}

function setPayloadAttr(
  obj: PyObject,
  own: Map<string, PyValue>,
  t: PyType,
  name: string,
  value: PyValue,
): void {
  const hook = t.lookup('__setattr__');
  if (hook !== undefined && hook !== objectSetattr) {
    callValue(hook, [obj, name, value], null);
    return;
  }
  storePayloadAttr(obj, own, t, name, value);
}

/** `object.__setattr__` on a builtin-subclass instance; false when it has no attribute dict. */
export function objectSetPayloadAttr(obj: PyValue, name: string, value: PyValue): boolean {
  const t = typeOf(obj);
  const own = payloadDict(obj);
  if (own === undefined || !hasInstanceDict(t)) return false;
  storePayloadAttr(obj as PyObject, own, t, name, value);
  return true;
}

function storePayloadAttr(
  obj: PyObject,
  own: Map<string, PyValue>,
  t: PyType,
  name: string,
  value: PyValue,
): void {
  const clsAttr = t.lookup(name);
  if (clsAttr instanceof PyProperty) {
    if (clsAttr.fset === null) {
      throw pyError(AttributeError, `property '${name}' of '${t.name}' object has no setter`);
    }
    callValue(clsAttr.fset, [obj, value], null);
    return;
  }
  own.set(name, value);
}

/** `object.__setattr__`: properties with setters, then the instance dict. */
export function setInstanceAttr(obj: PyInstance, name: string, value: PyValue): void {
  const clsAttr = obj.cls.lookup(name);
  if (clsAttr instanceof PyProperty) {
    if (clsAttr.fset === null) {
      throw pyError(AttributeError, `property '${name}' of '${obj.cls.name}' object has no setter`);
    }
    callValue(clsAttr.fset, [obj, value], null);
    return;
  }
  if (obj instanceof PyExceptionObject && name === 'args') {
    obj.args = value instanceof PyTuple ? [...value.items] : [value];
    return;
  }
  if (obj instanceof PyExceptionObject && name === '__cause__') {
    obj.cause = value;
    return;
  }
  obj.dict.set(name, value);
}

export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyInstance) {
    const hook = obj.cls.lookup('__delattr__');
    if (hook !== undefined) {
      callValue(hook, [obj, name], null);
      return;
    }
    const clsAttr = obj.cls.lookup(name);
    if (clsAttr instanceof PyProperty) {
      if (clsAttr.fdel === null) {
        throw pyError(AttributeError, `property '${name}' of '${obj.cls.name}' object has no deleter`);
      }
      callValue(clsAttr.fdel, [obj], null);
      return;
    }
    if (!obj.dict.delete(name)) throw attributeError(obj, name);
    return;
  }
  if (obj instanceof PyType && !obj.isBuiltin) {
    if (!obj.dict.delete(name)) throw attributeError(obj, name);
    return;
  }
  const own = payloadDict(obj);
  if (own !== undefined && hasInstanceDict(typeOf(obj))) {
    const hook = typeOf(obj).lookup('__delattr__');
    if (hook !== undefined) callValue(hook, [obj, name], null);
    else if (!own.delete(name)) throw attributeError(obj, name);
    return;
  }
  if (obj instanceof PyFunction || obj instanceof PyModule) {
    if (!obj.dict.delete(name)) throw attributeError(obj, name);
    return;
  }
  throw attributeError(obj, name);
}
