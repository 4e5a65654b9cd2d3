// Argument parsing for builtins that accept keywords (sorted(key=...), print(sep=...), ...).

import { TypeError, pyError } from '../objects/exceptions.ts';
import type { Kwargs, PyValue } from '../objects/values.ts';

/**
 * Binds positional-or-keyword parameters `names` (the first `required` of them mandatory); missing optional
 * ones come back undefined. `fname` is the name CPython prints in errors.
 */
export function bindArgs(
  fname: string,
  args: readonly PyValue[],
  kwargs: Kwargs | null,
  names: readonly string[],
  required = names.length,
): (PyValue | undefined)[] {
  if (args.length > names.length) {
    const most = names.length;
    throw pyError(
      TypeError,
      `${fname}() takes at most ${most} argument${most === 1 ? '' : 's'} (${args.length} given)`,
    );
  }
  // The common call, positional only and complete, needs no binding work.
  if ((kwargs === null || kwargs.size === 0) && args.length >= required) {
    const bound: (PyValue | undefined)[] = args.slice();
    while (bound.length < names.length) bound.push(undefined);
    return bound;
  }
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) {
        throw pyError(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw pyError(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** Keyword-only options (sorted's key/reverse, print's sep/end, ...), rejecting unknown names. */
export function keywordOnly(
  fname: string,
  kwargs: Kwargs | null,
  names: readonly string[],
): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kwargs === null) return out;
  for (const [k, v] of kwargs) {
    if (!names.includes(k)) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    out.set(k, v);
  }
  return out;
}
