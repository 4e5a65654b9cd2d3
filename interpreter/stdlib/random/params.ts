// Argument binding for the methods CPython writes in Python (random.py): their errors count `self` and use
// the wording of Python functions (`Random.randint() missing 1 required positional argument: 'b'`), not
// the C-style wording of builtins/args.ts.

import { TypeError, pyError } from '../../objects/exceptions.ts';
import type { Kwargs, PyValue } from '../../objects/values.ts';

export interface Signature {
  /** Qualified name as CPython prints it, e.g. `Random.randint`. */
  name: string;
  /** Positional-or-keyword parameters after `self`. */
  params: readonly string[];
  /** How many of `params` have no default. */
  required: number;
  /** Keyword-only parameters (all have defaults in random.py). */
  keywordOnly?: readonly string[];
}

function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function tooMany(sig: Signature, given: number): never {
  const most = sig.params.length + 1;
  const least = sig.required + 1;
  const takes = least === most ? `${most}` : `from ${least} to ${most}`;
  const noun = most === 1 && least === most ? 'argument' : 'arguments';
  const verb = given + 1 === 1 ? 'was' : 'were';
  throw pyError(TypeError, `${sig.name}() takes ${takes} positional ${noun} but ${given + 1} ${verb} given`);
}

/**
 * Binds `args` (without self) and `kwargs` to `[...params, ...keywordOnly]`; parameters left unset come
 * back undefined so callers can apply random.py's defaults.
 */
export function bind(
  sig: Signature,
  args: readonly PyValue[],
  kwargs: Kwargs | null,
): (PyValue | undefined)[] {
  const kwOnly = sig.keywordOnly ?? [];
  const names = [...sig.params, ...kwOnly];
  if (args.length > sig.params.length) tooMany(sig, args.length);
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = names.indexOf(k);
      if (i < 0) throw pyError(TypeError, `${sig.name}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined)
        throw pyError(TypeError, `${sig.name}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = sig.params.slice(0, sig.required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const s = missing.length === 1 ? '' : 's';
    throw pyError(
      TypeError,
      `${sig.name}() missing ${missing.length} required positional argument${s}: ${quoteList(missing)}`,
    );
  }
  return out;
}
