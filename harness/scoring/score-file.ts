// Scores a whole generations file against a benchmark, in either mode, producing upstream's scored-results
// object plus what went wrong where. `etcot score` is a thin wrapper around scoreGenerations.

import type { Interpreter, RunFailure } from '../../interpreter/api.ts';
import type { Sample } from '../../benchmarks/sample.ts';
import {
  officialResults,
  scoreOfficialCruxevalSample,
  type OfficialScoredResults,
} from './official-cruxeval.ts';
import { scoreSemantic } from './semantic.ts';
import { GenerationsFileError } from './generations-file.ts';

/** `official`: CRUXEval's assert program and quirks. `semantic`: Python `==` of output and generation. */
export type ScoreMode = 'official' | 'semantic';

export interface ScoreFileReport {
  results: OfficialScoredResults;
  /** Failures of the official assert program other than a plain AssertionError, by failure kind. */
  failureKinds: Record<RunFailure['kind'], number>;
  /** Generations upstream skips because they contain `f(<input>)`. */
  skipped: number;
  /** Samples with fewer than 5 generations, whose pass@5 follows upstream's n < k rule. */
  fewerThanFive: number;
}

/**
 * Scores `generations` for every sample of `samples` (benchmark order). Each sample must have an entry;
 * ids in `generations` that are not in `samples` are ignored only if `allowExtra` (a filtered benchmark).
 */
export function scoreGenerations(
  interp: Interpreter,
  samples: readonly Sample[],
  generations: Record<string, string[]>,
  mode: ScoreMode,
  options: { maxSteps?: number; allowExtra?: boolean; file?: string } = {},
): ScoreFileReport {
  checkCoverage(options.file ?? 'generations', samples, generations, options.allowExtra ?? false);
  const failureKinds: Record<RunFailure['kind'], number> = {
    exception: 0,
    limit: 0,
    syntax: 0,
    unsupported: 0,
  };
  let skipped = 0;
  const scored = samples.map((sample) => {
    const list = generations[sample.id];
    if (mode === 'semantic') {
      return {
        id: sample.id,
        scored: list.map((g) => scoreSemantic(interp, sample, g, { maxSteps: options.maxSteps }).correct),
      };
    }
    const result = scoreOfficialCruxevalSample(interp, sample, list, options.maxSteps);
    for (const d of result.details) {
      if (d.skipped) skipped++;
      if (d.failure !== undefined && d.failure.type !== 'AssertionError') failureKinds[d.failure.kind]++;
    }
    return { id: sample.id, scored: result.scored };
  });
  const subset = options.allowExtra
    ? Object.fromEntries(samples.map((s) => [s.id, generations[s.id]]))
    : generations;
  return {
    results: officialResults(subset, scored),
    failureKinds,
    skipped,
    fewerThanFive: scored.filter((s) => s.scored.length < 5).length,
  };
}

function checkCoverage(
  file: string,
  samples: readonly Sample[],
  generations: Record<string, string[]>,
  allowExtra: boolean,
): void {
  const missing = samples.filter((s) => !Object.hasOwn(generations, s.id)).map((s) => s.id);
  if (missing.length > 0) {
    const more = missing.length > 1 ? ` (and ${missing.length - 1} more samples)` : '';
    throw new GenerationsFileError(file, missing[0], `missing: the benchmark has this sample${more}`);
  }
  if (allowExtra) return;
  const known = new Set(samples.map((s) => s.id));
  const extra = Object.keys(generations).find((id) => !known.has(id));
  if (extra !== undefined) throw new GenerationsFileError(file, extra, 'not a sample of the benchmark');
}
