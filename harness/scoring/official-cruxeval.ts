// CRUXEval's official output-prediction evaluator, reproduced in our interpreter.
//
// Upstream (evaluation/utils_general.py at commit 190faf16) runs, for each generation g of a sample,
// `code + "\nassert " + output + " == " + g` in CPython with a 3 s time limit; g passes iff that raises
// nothing. So g may be any expression (`'a' + str(1)`), and g = `f(<input>)` would pass trivially, which is why
// a generation containing the text `f(<input>)` is skipped: left out of the sample's list. If no generation
// passes, the list is replaced by all False of the original length (so skipped generations still count in n).
// The step limit stands in for the 3 s timeout. Checked against upstream's scored file for Code Llama 7B.

import { formatFailure, type Interpreter, type RunFailure } from '../../interpreter/api.ts';
import type { Sample } from '../../benchmarks/sample.ts';
import { meanPassAtK } from './pass-at-k.ts';

/** Evaluation steps allowed per generation, standing in for upstream's 3 s CPython timeout. */
export const OFFICIAL_MAX_STEPS = 2_000_000;

export interface OfficialGenerationScore {
  /** True when the generation contains `f(<input>)` and upstream leaves it out. */
  skipped: boolean;
  passed: boolean;
  /** Why the assert program failed; kind `unsupported`/`syntax` may point at our interpreter, not the model. */
  failure?: RunFailure;
}

/** Runs one generation through the official assert program. */
export function scoreOfficialCruxeval(
  interp: Interpreter,
  sample: Sample,
  generation: string,
  maxSteps = OFFICIAL_MAX_STEPS,
): OfficialGenerationScore {
  // sample.call is `f(<input>)` for CRUXEval, exactly the text upstream searches for.
  if (generation.includes(sample.call)) return { skipped: true, passed: false };
  const result = interp.runModule(`${sample.code}\nassert ${sample.output} == ${generation}`, { maxSteps });
  return result.ok
    ? { skipped: false, passed: true }
    : { skipped: false, passed: false, failure: result.error };
}

export interface OfficialSampleScore {
  /** The list upstream writes to `raw_scored_generations` for this sample. */
  scored: boolean[];
  /** One entry per input generation, in order (skipped ones included). */
  details: OfficialGenerationScore[];
}

/** Scores all generations of one sample, applying upstream's skip and all-False rules. */
export function scoreOfficialCruxevalSample(
  interp: Interpreter,
  sample: Sample,
  generations: readonly string[],
  maxSteps = OFFICIAL_MAX_STEPS,
): OfficialSampleScore {
  // Models often repeat an answer; the program is deterministic, so each distinct text runs once.
  const seen = new Map<string, OfficialGenerationScore>();
  const details = generations.map((g) => {
    let score = seen.get(g);
    if (score === undefined) seen.set(g, (score = scoreOfficialCruxeval(interp, sample, g, maxSteps)));
    return score;
  });
  const kept = details.filter((d) => !d.skipped).map((d) => d.passed);
  const scored = kept.includes(true) ? kept : generations.map(() => false);
  return { scored, details };
}

/** Upstream's scored-results file. */
export interface OfficialScoredResults {
  raw_generations: Record<string, string[]>;
  raw_scored_generations: Record<string, boolean[]>;
  pass_at_1: number;
  pass_at_5: number;
}

/** Assembles upstream's scored-results object from per-sample lists, in benchmark order. */
export function officialResults(
  generations: Record<string, string[]>,
  scored: readonly { id: string; scored: boolean[] }[],
): OfficialScoredResults {
  const counts = scored.map((s) => ({ n: s.scored.length, c: s.scored.filter(Boolean).length }));
  return {
    raw_generations: generations,
    raw_scored_generations: Object.fromEntries(scored.map((s) => [s.id, s.scored])),
    pass_at_1: meanPassAtK(counts, 1),
    pass_at_5: meanPassAtK(counts, 5),
  };
}

/** One line per failure, for a log: `sample_3 #2: NameError: name 'x' is not defined`. */
export function describeFailure(sampleId: string, index: number, failure: RunFailure): string {
  return `${sampleId} #${index}: ${failure.kind === 'exception' ? '' : `[${failure.kind}] `}${formatFailure(failure)}`;
}
