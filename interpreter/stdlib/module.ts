// Helpers for building stdlib modules and their classes out of native functions.

import { objectType } from '../objects/builtin-types.ts';
import { PyType } from '../objects/type.ts';
import { PyModule, PyNaN, type NativeImpl, type PyValue } from '../objects/values.ts';
import { defineMethods, nativeFunction } from '../builtins/define.ts';
import { installIteratorMethods } from '../objects/iteration.ts';

export function makeModule(name: string, entries: Record<string, PyValue>): PyModule {
  const dict = new Map<string, PyValue>(Object.entries(entries));
  dict.set('__name__', name);
  return new PyModule(name, dict);
}

/** A class defined by a stdlib module (`collections.Counter`); its methods are natives taking self first. */
export function makeClass(
  name: string,
  module: string,
  bases: PyType[] = [],
  methods: Record<string, NativeImpl> = {},
): PyType {
  const t = new PyType(name, bases.length === 0 ? [objectType] : bases, new Map(), module);
  defineMethods(t, methods);
  return t;
}

/** The functions with their NaN results made fresh float objects, as CPython's are. */
export function boxingNaN(impls: Record<string, NativeImpl>): Record<string, NativeImpl> {
  const out: Record<string, NativeImpl> = {};
  for (const [name, impl] of Object.entries(impls)) {
    out[name] = (args, kwargs) => {
      const r = impl(args, kwargs);
      return typeof r === 'number' && r !== r ? new PyNaN() : r;
    };
  }
  return out;
}

/** Native functions for a module namespace: `{ name: impl }` → `{ name: PyNativeFunction }`. */
export function functions(impls: Record<string, NativeImpl>): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  for (const [name, impl] of Object.entries(impls)) out[name] = nativeFunction(name, impl);
  return out;
}

/** A class whose instances are made by a native `__new__(cls, *args, **kwargs)` (iterator types, ...). */
export function makeNativeClass(
  name: string,
  module: string,
  make: NativeImpl,
  methods: Record<string, NativeImpl> = {},
): PyType {
  const t = makeClass(name, module, [], methods);
  t.dict.set('__new__', nativeFunction('__new__', make, t));
  installIteratorMethods(t);
  return t;
}
