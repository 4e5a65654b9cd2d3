// Semantic scoring: a prediction is right when it is `==` to the true output in Python, evaluated only in our
// interpreter (never a real Python). `1.0` matches `1`, `{'b': 2, 'a': 1}` matches `{'a': 1, 'b': 2}`.

import { formatFailure, type Interpreter, type RunLimits } from '../../interpreter/api.ts';
import type { Sample } from '../../benchmarks/sample.ts';

export interface SemanticScore {
  correct: boolean;
  /** Present when the answer could not be judged as a plain value: it raised, or did not parse. */
  reason?: string;
}

/** Scores one extracted prediction against `sample.output` with Python `==`. Pure; never throws. */
export function scoreSemantic(
  interp: Interpreter,
  sample: Sample,
  predicted: string,
  limits?: RunLimits,
): SemanticScore {
  const result = interp.compare(sample.output, predicted, limits);
  if (result.ok) return { correct: result.equal };
  if (result.side === 'predicted')
    return { correct: false, reason: `prediction failed: ${formatFailure(result.error)}` };
  // The benchmark's own output failed to evaluate: a data or interpreter problem, not the model's fault,
  // but the sample still cannot count as solved.
  return {
    correct: false,
    reason: `expected output failed (${sample.origin}): ${formatFailure(result.error)}`,
  };
}
