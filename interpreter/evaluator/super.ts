// `super()` and the few `object` methods a class hierarchy reaches through it (`object.__init__`,
// `object.__new__`, `object.__setattr__`). Zero-argument super() finds its class from the function's
// defining class (set when the class is created) and its instance from the first parameter.

import { nativeFunction } from '../builtins/define.ts';
import { NotImplemented, objectType, superType, typeOf } from '../objects/builtin-types.ts';
import { fakeAddress, repr } from '../objects/repr.ts';
import { RuntimeError, TypeError, pyError } from '../objects/exceptions.ts';
import { PyType } from '../objects/type.ts';
import {
  PyBoundMethod,
  PyClassMethod,
  PyInstance,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyStaticMethod,
  type PyValue,
} from '../objects/values.ts';
import { NameScope } from '../parser/ast.ts';
import { objectSetPayloadAttr, setInstanceAttr } from './attributes.ts';
import { payloadDunder } from './builtin-dunders.ts';
import { callValue } from './calls.ts';
import { PyFunction, type Frame } from './frame.ts';

export class PySuper extends PyObject {
  constructor(
    readonly thisClass: PyType,
    readonly obj: PyValue,
  ) {
    super();
  }
  pyType(): PyType {
    return superType;
  }
}

/** The `super` builtin is the super type itself; calls with no arguments are intercepted at the call site. */
export const superBuiltin: PyType = superType;

superType.dict.set(
  '__new__',
  nativeFunction('__new__', (args) => {
    if (args.length !== 3) throw pyError(RuntimeError, 'super(): no arguments');
    const cls = args[1]!;
    if (!(cls instanceof PyType))
      throw pyError(TypeError, 'super() argument 1 must be a type, not ' + typeOf(cls).name);
    return new PySuper(cls, args[2]!);
  }),
);

export function zeroArgSuper(f: Frame): PySuper {
  const fn = f.func;
  const cls = fn?.ownerClass;
  if (fn === null || cls === null || cls === undefined)
    throw pyError(RuntimeError, 'super(): __class__ cell not found');
  const code = fn.code;
  if (code.paramSlots.length === 0) throw pyError(RuntimeError, 'super(): no arguments');
  const slot = code.paramSlots[0]!;
  const self = slot.scope === NameScope.Fast ? f.fast[slot.index] : f.cells[slot.index]!.value;
  if (self === undefined) throw pyError(RuntimeError, 'super(): arg[0] deleted');
  return new PySuper(cls, self);
}

export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const obj = s.obj;
  const start = obj instanceof PyType && obj.isSubtypeOf(s.thisClass) ? obj : typeOf(obj);
  const mro = start.mro;
  const from = mro.indexOf(s.thisClass);
  for (let i = from + 1; i < mro.length; i++) {
    let v = mro[i]!.dict.get(name);
    if (v === undefined) v = payloadDunder(mro[i]!, name);
    if (v === undefined) continue;
    if (v instanceof PyFunction || v instanceof PyNativeFunction) {
      // On a class (inside a classmethod) functions stay unbound, like `Base.method`; so does __new__,
      // a static method (`super().__new__(cls, ...)`).
      return obj instanceof PyType || name === '__new__' ? v : new PyBoundMethod(obj, v);
    }
    if (v instanceof PyClassMethod) return new PyBoundMethod(start, v.func);
    if (v instanceof PyStaticMethod) return v.func;
    if (v instanceof PyProperty && v.fget !== null) return callValue(v.fget, [obj], null);
    return v;
  }
  if (name === '__class__') return superType;
  const slot = objectSlot(name);
  return slot === undefined ? undefined : new PyBoundMethod(obj, slot);
}

// ---- object's methods ----

export const objectInit = nativeFunction('__init__', () => null, objectType);

export const objectNew = nativeFunction(
  '__new__',
  (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyError(TypeError, 'object.__new__(X): X is not a type object');
    return new PyInstance(cls);
  },
  objectType,
);

export const objectSetattr = nativeFunction(
  '__setattr__',
  (args) => {
    const [obj, name, value] = args;
    if (!(obj instanceof PyInstance) && typeof name === 'string' && value !== undefined) {
      if (objectSetPayloadAttr(obj!, name, value)) return null;
    }
    if (!(obj instanceof PyInstance) || typeof name !== 'string' || value === undefined) {
      throw pyError(TypeError, "can't apply this __setattr__ to object");
    }
    setInstanceAttr(obj, name, value);
    return null;
  },
  objectType,
);

// object's other methods are not in objectType.dict, where the protocol code would take them for user
// overrides; attribute lookup falls back to them (`super().__repr__()`, `object.__eq__(a, b)`).
function identityRepr(o: PyValue): string {
  const at = o instanceof PyObject ? fakeAddress(o).toString(16) : '0';
  return `<${typeOf(o).reprName} object at 0x${at}>`;
}

const objectSlots = new Map<string, PyNativeFunction>(
  Object.entries({
    __repr__: (args: PyValue[]) => identityRepr(args[0] ?? null),
    __str__: (args: PyValue[]) => repr(args[0] ?? null),
    __hash__: (args: PyValue[]) => {
      const o = args[0];
      return o instanceof PyObject ? fakeAddress(o) >> 4n : 0n;
    },
    __eq__: (args: PyValue[]) => (args[0] === args[1] ? true : NotImplemented),
    __ne__: (args: PyValue[]) => (args[0] === args[1] ? false : NotImplemented),
  }).map(([name, impl]) => [name, nativeFunction(name, impl, objectType)]),
);

export function objectSlot(name: string): PyNativeFunction | undefined {
  return objectSlots.get(name);
}

objectType.dict.set('__init__', objectInit);
objectType.dict.set('__new__', objectNew);
objectType.dict.set('__setattr__', objectSetattr);
