// The builtins that belong to the object model the evaluator implements: type, object, super, property,
// staticmethod, classmethod, isinstance, issubclass, getattr/setattr/hasattr/delattr, callable, vars.
// builtins/namespace.ts merges coreBuiltins() into every run's builtins namespace.

import { defineMethods, nativeFunction } from '../builtins/define.ts';
import {
  classmethodType,
  objectType,
  propertyType,
  staticmethodType,
  superType,
  typeOf,
  typeType,
} from '../objects/builtin-types.ts';
import { AttributeError, PyError, TypeError, pyError } from '../objects/exceptions.ts';
import { PyType } from '../objects/type.ts';
import {
  PyBoundMethod,
  PyClassMethod,
  PyNativeFunction,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import { delAttr, getAttr, getAttrOrUndefined, setAttr } from './attributes.ts';
import { PyFunction } from './frame.ts';
import { localsDict } from './dynamic-code.ts';

function expect(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min) {
    throw pyError(
      TypeError,
      `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${args.length}`,
    );
  }
  if (args.length > max) {
    throw pyError(
      TypeError,
      `${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${args.length}`,
    );
  }
}

function attrName(fname: string, v: PyValue): string {
  if (typeof v !== 'string') {
    throw pyError(TypeError, `${fname}(): attribute name must be string, not '${typeOf(v).name}'`);
  }
  return v;
}

/** isinstance's class-or-tuple check, shared with issubclass. */
function matchesClassInfo(t: PyType, info: PyValue, fname: string): boolean {
  if (info instanceof PyType) return t.isSubtypeOf(info);
  if (info instanceof PyTuple) return info.items.some((x) => matchesClassInfo(t, x, fname));
  throw pyError(TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

export function isCallableValue(v: PyValue): boolean {
  if (
    v instanceof PyFunction ||
    v instanceof PyNativeFunction ||
    v instanceof PyBoundMethod ||
    v instanceof PyType
  ) {
    return true;
  }
  return v instanceof PyObject && typeOf(v).lookup('__call__') !== undefined;
}

function optionalArg(args: PyValue[], i: number): PyValue {
  return args[i] ?? null;
}

// property, staticmethod and classmethod are types; calling them builds the descriptor.
propertyType.dict.set(
  '__new__',
  nativeFunction('__new__', (args: PyValue[], kwargs: Kwargs | null) => {
    const get = (i: number, k: string): PyValue => kwargs?.get(k) ?? optionalArg(args, i);
    return new PyProperty(get(1, 'fget'), get(2, 'fset'), get(3, 'fdel'));
  }),
);
defineMethods(propertyType, {
  setter: (args) => {
    const p = args[0] as PyProperty;
    return new PyProperty(p.fget, optionalArg(args, 1), p.fdel);
  },
  getter: (args) => {
    const p = args[0] as PyProperty;
    return new PyProperty(optionalArg(args, 1), p.fset, p.fdel);
  },
  deleter: (args) => {
    const p = args[0] as PyProperty;
    return new PyProperty(p.fget, p.fset, optionalArg(args, 1));
  },
});
staticmethodType.dict.set(
  '__new__',
  nativeFunction('__new__', (args) => {
    expect('staticmethod', args.slice(1), 1, 1);
    return new PyStaticMethod(args[1]!);
  }),
);
classmethodType.dict.set(
  '__new__',
  nativeFunction('__new__', (args) => {
    expect('classmethod', args.slice(1), 1, 1);
    return new PyClassMethod(args[1]!);
  }),
);

export function coreBuiltins(): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  ns.set('type', typeType);
  ns.set('object', objectType);
  ns.set('super', superType);
  ns.set('property', propertyType);
  ns.set('staticmethod', staticmethodType);
  ns.set('classmethod', classmethodType);
  const fns: Record<string, (args: PyValue[], kwargs: Kwargs | null) => PyValue> = {
    isinstance: (args) => {
      expect('isinstance', args, 2, 2);
      return matchesClassInfo(typeOf(args[0]!), args[1]!, 'isinstance');
    },
    issubclass: (args) => {
      expect('issubclass', args, 2, 2);
      const c = args[0]!;
      if (!(c instanceof PyType)) throw pyError(TypeError, 'issubclass() arg 1 must be a class');
      return matchesClassInfo(c, args[1]!, 'issubclass');
    },
    getattr: (args) => {
      expect('getattr', args, 2, 3);
      const name = attrName('getattr', args[1]!);
      if (args.length === 2) return getAttr(args[0]!, name);
      try {
        return getAttrOrUndefined(args[0]!, name) ?? args[2]!;
      } catch (e) {
        if (e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) return args[2]!;
        throw e;
      }
    },
    setattr: (args) => {
      expect('setattr', args, 3, 3);
      setAttr(args[0]!, attrName('setattr', args[1]!), args[2]!);
      return null;
    },
    hasattr: (args) => {
      expect('hasattr', args, 2, 2);
      try {
        return getAttrOrUndefined(args[0]!, attrName('hasattr', args[1]!)) !== undefined;
      } catch (e) {
        if (e instanceof PyError && e.exc.cls.isSubtypeOf(AttributeError)) return false;
        throw e;
      }
    },
    delattr: (args) => {
      expect('delattr', args, 2, 2);
      delAttr(args[0]!, attrName('delattr', args[1]!));
      return null;
    },
    callable: (args) => {
      expect('callable', args, 1, 1);
      return isCallableValue(args[0]!);
    },
    vars: (args) => {
      expect('vars', args, 0, 1);
      if (args.length === 0) return localsDict();
      const d = getAttrOrUndefined(args[0]!, '__dict__');
      if (d === undefined) throw pyError(TypeError, 'vars() argument must have __dict__ attribute');
      return d;
    },
  };
  for (const [name, impl] of Object.entries(fns)) ns.set(name, nativeFunction(name, impl));
  return ns;
}
