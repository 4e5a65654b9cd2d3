// Aligns a model's trace with the true one. Both are walked in order while their steps match; the first
// mismatch is the divergence. A bounded look-ahead tells a skipped step from an extra one, and the longest
// common tail decides whether the model found its way back to the true execution afterwards.

import { describeStep, stepsMatch, type DiagStep } from './steps.ts';

/** How the model's trace left the true one at the divergence. */
export type DivergenceCause =
  /** Same step at the same source line, different text or value (includes wrong branch or loop exit). */
  | 'value'
  /** The model's step matches a later true step: it left steps out. */
  | 'skipped'
  /** The true step turns up later in the model's trace: the model wrote steps that did not happen. */
  | 'extra'
  /** Neither: the model ran different code (another line, another order). */
  | 'control_flow'
  /** The model's trace ends before the true one does. */
  | 'truncated'
  /** The model wrote a line the trace parser could not read. */
  | 'malformed';

export interface Divergence {
  /** Index into the true steps of the first true step not matched. */
  trueIndex: number;
  /** Index into the model steps of the first model step not matched (its length when truncated). */
  modelIndex: number;
  /** 1-based line in the model's trace text. */
  traceLine: number;
  /** Operation kind of the true step there, or `truncated` / `malformed` / `extra`. */
  kind: string;
  cause: DivergenceCause;
  /** The true step as written, or null when the true trace had already ended. */
  expected: string | null;
  /** The model's step as written, or null when its trace had already ended. */
  got: string | null;
}

export interface Alignment {
  divergence: Divergence | null;
  /** After the divergence the model's trace matched the true one step for step to the end. */
  recovered: boolean;
  /** True steps the model reached: all of them for a consistent trace, else those before the divergence and the divergent one. */
  reachedTrueSteps: number;
}

export interface AlignOptions {
  /** Operation kind of a true step, for the divergence's `kind`. */
  kindOf: (step: DiagStep) => string;
  /** Kind of the final `RESULT:` step: a tail made of it alone is not a recovery. */
  resultKind?: string;
  /** How far ahead to look for a skipped or extra step (default 50). */
  lookahead?: number;
}

export function alignTraces(
  truth: readonly DiagStep[],
  model: readonly DiagStep[],
  options: AlignOptions,
): Alignment {
  let i = 0;
  while (i < truth.length && i < model.length && stepsMatch(truth[i], model[i])) i++;
  if (i === truth.length && i === model.length) {
    return { divergence: null, recovered: false, reachedTrueSteps: truth.length };
  }
  const divergence = classify(truth, model, i, i, options);
  return {
    divergence,
    recovered: divergence.cause !== 'truncated' && recoveredAfter(truth, model, i, options.resultKind),
    reachedTrueSteps: divergence.cause === 'truncated' ? i : Math.min(i + 1, truth.length),
  };
}

function classify(
  truth: readonly DiagStep[],
  model: readonly DiagStep[],
  i: number,
  j: number,
  options: AlignOptions,
): Divergence {
  const expected = i < truth.length ? describeStep(truth[i]) : null;
  const base = { trueIndex: i, modelIndex: j, expected };
  if (j >= model.length) {
    const lastLine = model.length === 0 ? 0 : model[model.length - 1].traceLine;
    return { ...base, traceLine: lastLine + 1, kind: 'truncated', cause: 'truncated', got: null };
  }
  const got = describeStep(model[j]);
  const at = { ...base, traceLine: model[j].traceLine, got };
  if (model[j].malformed) return { ...at, kind: 'malformed', cause: 'malformed' };
  if (i >= truth.length) return { ...at, kind: 'extra', cause: 'extra' };
  const kind = options.kindOf(truth[i]);
  // The same step with another value is a wrong value, unless the very next step shows a step left out or
  // put in: looking further would mistake a wrong branch for skipped iterations of a loop.
  const sameStep = truth[i].kind === model[j].kind && truth[i].line === model[j].line;
  const cause = lookaheadCause(truth, model, i, j, sameStep ? 1 : (options.lookahead ?? 50));
  return { ...at, kind, cause: sameStep && cause === 'control_flow' ? 'value' : cause };
}

/** `skipped` when the model's step shows up sooner among the true steps than the true step among the model's. */
function lookaheadCause(
  truth: readonly DiagStep[],
  model: readonly DiagStep[],
  i: number,
  j: number,
  limit: number,
): DivergenceCause {
  for (let k = 1; k <= limit; k++) {
    if (i + k < truth.length && stepsMatch(truth[i + k], model[j])) return 'skipped';
    if (j + k < model.length && stepsMatch(truth[i], model[j + k])) return 'extra';
    if (i + k >= truth.length && j + k >= model.length) break;
  }
  return 'control_flow';
}

/**
 * The two traces end with the same steps, and that common tail starts after the divergence and holds more
 * than the final result line: the model was back on the true execution, whatever went wrong before.
 */
function recoveredAfter(
  truth: readonly DiagStep[],
  model: readonly DiagStep[],
  divergedAt: number,
  resultKind: string | undefined,
): boolean {
  const room = Math.min(truth.length, model.length) - divergedAt;
  let tail = 0;
  while (tail < room && stepsMatch(truth[truth.length - 1 - tail], model[model.length - 1 - tail])) tail++;
  if (tail === 0) return false;
  const substantive = truth.slice(truth.length - tail).some((step) => step.kind !== resultKind);
  return substantive;
}
