// Input generation for one function: a plan says where each argument's values come from (a seed value to
// vary, or a type hint to draw from), and drawCall renders one drawn call such as `f([3, 1], 'ab')`.

import { drawFromType, varyValue } from './draw.ts';
import type { Prng } from './prng.ts';
import {
  parseSeedCall,
  parseSeedInput,
  SeedInputError,
  type Evaluator,
  type ParsedCall,
} from './seed-input.ts';
import { readSignature, type TypeSpec } from './signature.ts';
import { renderValue, type GenValue } from './values.ts';

export type ArgumentSource =
  | { name: string | null; from: 'seed'; seed: GenValue }
  | { name: string | null; from: 'type'; type: TypeSpec };

export interface InputPlan {
  function: string;
  /** `seed` when every argument varies a seed input, `hints` when some come from the signature. */
  origin: 'seed' | 'hints';
  args: ArgumentSource[];
}

export interface SeedSpec {
  /** The function to call; default: the callee of `call`, else `f`. */
  function?: string;
  /** CRUXEval-style argument list text. */
  input?: string;
  /** A whole call whose arguments act as the seed. */
  call?: string;
}

/** Decides where each argument comes from; throws SeedInputError when there is nothing to draw from. */
export function planInputs(interpreter: Evaluator, code: string, spec: SeedSpec): InputPlan {
  let seed: ParsedCall | null = null;
  let fn = spec.function;
  if (spec.input !== undefined) seed = parseSeedInput(interpreter, fn ?? 'f', spec.input, code);
  else if (spec.call !== undefined) {
    seed = parseSeedCall(interpreter, spec.call, code);
    if (fn === undefined && seed.function === null) {
      throw new SeedInputError(
        `cannot draw inputs for ${spec.call}: the callee is not a plain function name`,
      );
    }
    fn ??= seed.function ?? undefined;
  }
  fn ??= 'f';
  if (seed !== null) {
    return {
      function: fn,
      origin: 'seed',
      args: seed.args.map((a) => ({ name: a.name, from: 'seed', seed: a.value })),
    };
  }
  const params = readSignature(code, fn);
  if (params === null)
    throw new SeedInputError(`no function ${fn}(...) with a fixed parameter list in the code`);
  const args: ArgumentSource[] = [];
  // Once a parameter is left to its default, later ones must be passed by name.
  let skipped = false;
  for (const p of params) {
    const name = p.keywordOnly || skipped ? p.name : null;
    if (p.type !== null) args.push({ name, from: 'type', type: p.type });
    else if (p.default !== null) args.push({ name, from: 'seed', seed: p.default });
    else if (p.hasDefault) skipped = true;
    else
      throw new SeedInputError(
        `parameter ${p.name} of ${fn} has no type hint, literal default or seed input`,
      );
  }
  return { function: fn, origin: 'hints', args };
}

/** One drawn call, rendered as Python source. */
export function drawCall(plan: InputPlan, rng: Prng): string {
  const parts = plan.args.map((a) => {
    const value = a.from === 'seed' ? varyValue(a.seed, rng) : drawFromType(a.type, rng);
    const text = renderValue(value);
    return a.name === null ? text : `${a.name}=${text}`;
  });
  return `${plan.function}(${parts.join(', ')})`;
}
