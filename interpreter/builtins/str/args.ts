// Argument checking shared by the str and bytes methods, with the exact wording CPython uses for each
// family (Argument Clinic methods, old-style `expected at least`, `takes at most`).

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { asIndex } from '../../objects/subscript.ts';
import type { PyType } from '../../objects/type.ts';
import type { Kwargs, PyValue } from '../../objects/values.ts';

/** The receiver of a str method; str.upper(5) raises the descriptor error. */
export function selfStr(name: string, args: readonly PyValue[]): string {
  const s = args[0];
  if (typeof s !== 'string') {
    throw pyError(
      TypeError,
      `descriptor '${name}' for 'str' objects doesn't apply to a '${typeOf(s ?? null).name}' object`,
    );
  }
  return s;
}

export function selfOf<T>(
  name: string,
  owner: PyType,
  args: readonly PyValue[],
  check: (v: PyValue) => v is T & PyValue,
): T {
  const s = args[0];
  if (s === undefined || !check(s)) {
    throw pyError(
      TypeError,
      `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeOf(s ?? null).name}' object`,
    );
  }
  return s;
}

function plural(n: number): string {
  return n === 1 ? 'argument' : 'arguments';
}

export function rejectKwargs(qualified: string, kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.size > 0)
    throw pyError(TypeError, `${qualified}() takes no keyword arguments`);
}

/** `str.upper() takes no arguments (1 given)` / `str.zfill() takes exactly one argument (0 given)`. */
export function exactArgs(
  qualified: string,
  args: readonly PyValue[],
  kwargs: Kwargs | null,
  n: 0 | 1,
): void {
  rejectKwargs(qualified, kwargs);
  const given = args.length - 1;
  if (given === n) return;
  const what = n === 0 ? 'takes no arguments' : 'takes exactly one argument';
  throw pyError(TypeError, `${qualified}() ${what} (${given} given)`);
}

/** Old-style methods: `find() takes at least 1 argument (0 given)`. */
export function rangeArgsTakes(
  qualified: string,
  name: string,
  args: readonly PyValue[],
  kwargs: Kwargs | null,
  min: number,
  max: number,
): void {
  rejectKwargs(qualified, kwargs);
  const given = args.length - 1;
  if (given < min)
    throw pyError(TypeError, `${name}() takes at least ${min} ${plural(min)} (${given} given)`);
  if (given > max) throw pyError(TypeError, `${name}() takes at most ${max} ${plural(max)} (${given} given)`);
}

/** Clinic methods with positional-only optionals: `replace expected at least 2 arguments, got 1`. */
export function rangeArgsExpected(
  qualified: string,
  name: string,
  args: readonly PyValue[],
  kwargs: Kwargs | null,
  min: number,
  max: number,
): void {
  rejectKwargs(qualified, kwargs);
  const given = args.length - 1;
  if (given < min) throw pyError(TypeError, `${name} expected at least ${min} ${plural(min)}, got ${given}`);
  if (given > max) throw pyError(TypeError, `${name} expected at most ${max} ${plural(max)}, got ${given}`);
}

/** An integer argument: int, bool, or an object with __index__. */
export function indexArg(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  const i = asIndex(v);
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

/** An int argument clamped into JS number range (sizes, counts). */
export function intArg(v: PyValue): number {
  const n = indexArg(v);
  if (n > 0x7fffffffffffn) return Number.MAX_SAFE_INTEGER;
  if (n < -0x7fffffffffffn) return -Number.MAX_SAFE_INTEGER;
  return Number(n);
}

/** A start/end argument of find/count/startswith: int, bool or None (slice semantics). */
export function sliceBound(v: PyValue | undefined, len: number, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  if (asIndex(v) === undefined) {
    throw pyError(TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  let n = intArg(v);
  if (n < 0) {
    n += len;
    if (n < 0) n = 0;
  } else if (n > len) n = len;
  return n;
}

/** Keyword-or-positional binding for the few str methods that accept keywords. */
export function bindKw(
  name: string,
  args: readonly PyValue[],
  kwargs: Kwargs | null,
  names: readonly string[],
): (PyValue | undefined)[] {
  const given = args.length - 1;
  if (given > names.length) {
    throw pyError(
      TypeError,
      `${name}() takes at most ${names.length} ${plural(names.length)} (${given} given)`,
    );
  }
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i + 1]);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw pyError(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
      if (out[i] !== undefined) {
        throw pyError(TypeError, `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = v;
    }
  }
  return out;
}
