// Two small hand-made runs shared by the report tests. Outcomes are chosen so every aggregate can be worked
// out by hand (see summary.test.ts).
import type { ExtractionStatus, SampleResult, ScoredGeneration } from '../../harness/results.ts';

/** Generations from a pattern: `T` correct, `F` wrong, `U` unparsable, `N` not found, `R` request failed. */
function gens(pattern: string, predicted: string[] = []): ScoredGeneration[] {
  return [...pattern].map((ch, index): ScoredGeneration => {
    const status: ExtractionStatus =
      ch === 'U' ? 'unparsable' : ch === 'N' ? 'not_found' : ch === 'R' ? 'request_failed' : 'ok';
    const correct = ch === 'T';
    return {
      index,
      predicted: status === 'ok' ? (predicted[index] ?? (correct ? 'right' : 'wrong')) : null,
      status,
      correct,
      ...(status === 'ok' && !correct && predicted[index] === 'x + 1'
        ? { reason: "prediction failed: NameError: name 'x' is not defined" }
        : {}),
    };
  });
}

function sample(
  id: string,
  benchmark: string,
  pattern: string,
  extra: Partial<SampleResult> = {},
  predicted: string[] = [],
): SampleResult {
  const generations = gens(pattern, predicted);
  return {
    id,
    benchmark,
    expected: '\'ab, "c"\'',
    generations,
    correctCount: generations.filter((g) => g.correct).length,
    ...extra,
  };
}

export const runA: SampleResult[] = [
  sample('sample_0', 'cruxeval-o', 'TTFFF', {}, ['right', 'right', "'a,b'", 'x + 1', 'line\nbreak']),
  sample('sample_1', 'cruxeval-o', 'FUNFF'),
  sample('sample_0', 'lcb-execution', 'TTTTT', { difficulty: 'easy', contestDate: '2023-05-03' }),
  sample('sample_1', 'lcb-execution', 'FTRFF', { difficulty: 'medium', contestDate: '2023-05-20' }),
  sample('sample_2', 'lcb-execution', 'FFFFF', { difficulty: 'hard', contestDate: '2023-06-11' }),
];

export const runB: SampleResult[] = [
  sample('sample_0', 'cruxeval-o', 'FTTTT'),
  sample('sample_1', 'cruxeval-o', 'TFFFF'),
  sample('sample_0', 'lcb-execution', 'TTTTF', { difficulty: 'easy', contestDate: '2023-05-03' }),
  sample('sample_1', 'lcb-execution', 'TTFFF', { difficulty: 'medium', contestDate: '2023-05-20' }),
  sample('sample_3', 'lcb-execution', 'TTTTT', { difficulty: 'hard', contestDate: '2023-07-01' }),
];
