// Helpers for writing builtin functions and methods in TypeScript with CPython's argument errors.

import { TypeError, pyError } from '../objects/exceptions.ts';
import type { PyType } from '../objects/type.ts';
import { PyNativeFunction, type Kwargs, type NativeImpl, type PyValue } from '../objects/values.ts';

export function nativeFunction(
  name: string,
  impl: NativeImpl,
  owner: PyType | null = null,
): PyNativeFunction {
  return new PyNativeFunction(name, impl, owner);
}

/** Adds methods to a builtin type. Each impl receives `self` as args[0]. */
export function defineMethods(type: PyType, methods: Record<string, NativeImpl>): void {
  for (const [name, impl] of Object.entries(methods)) {
    type.dict.set(name, new PyNativeFunction(name, impl, type));
  }
}

/**
 * Checks a positional argument count. `name` is what CPython prints, e.g. `str.upper` or `len`. Messages:
 * `len() takes exactly one argument (2 given)`, `pop expected at most 1 argument, got 2`, ... CPython's
 * wording differs between functions; this gives the common `takes ... (N given)` form.
 */
export function expectArgs(name: string, args: readonly PyValue[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  let what: string;
  if (min === max) {
    what =
      min === 0
        ? 'takes no arguments'
        : min === 1
          ? 'takes exactly one argument'
          : `takes exactly ${min} arguments`;
  } else if (n < min) {
    what = `takes at least ${min} argument${min === 1 ? '' : 's'}`;
  } else {
    what = `takes at most ${max} argument${max === 1 ? '' : 's'}`;
  }
  throw pyError(TypeError, `${name}() ${what} (${n} given)`);
}

/** Rejects keyword arguments for functions that take none. */
export function noKwargs(name: string, kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, `${name}() takes no keyword arguments`);
}
