// Run-level aggregation of per-generation diagnoses: divergence kinds with error rates, how trace
// correctness and answer correctness relate, and accuracy by trace length and by difficulty. The result is
// what `results/<run>/diagnosis.json` holds.

import type { DivergenceCause } from './align.ts';
import type { TraceDiagnosis } from './diagnose.ts';

export const DIAGNOSIS_SCHEMA = 1;

/** One generation of one sample, diagnosed. */
export interface GenerationDiagnosis {
  sampleId: string;
  generation: number;
  benchmark: string;
  difficulty?: string;
  /** The harness's verdict on the answer (samples.jsonl), else the diagnosis's final-answer check. */
  answerCorrect: boolean;
  trueSteps: number;
  modelSteps: number;
  cause: DivergenceCause | null;
  /** True steps of each operation kind the model reached. */
  reachedKinds: Record<string, number>;
  diagnosis: TraceDiagnosis | null;
  /** Why this generation could not be diagnosed (no true trace, sample not in the benchmark). */
  error?: string;
}

export interface KindRow {
  kind: string;
  /** First divergences of this kind. */
  count: number;
  /** count / all first divergences. */
  share: number;
  /** True steps of this kind the models reached, over all diagnosed generations. */
  reached: number;
  /** count / reached; null when no true step of the kind was reached (truncated, malformed, extra). */
  errorRate: number | null;
}

export interface AccuracyGroup {
  group: string;
  generations: number;
  correct: number;
  consistent: number;
  /** correct / generations. */
  accuracy: number;
}

export interface RunDiagnosis {
  schema: typeof DIAGNOSIS_SCHEMA;
  run: string;
  model?: string;
  counts: {
    samples: number;
    generations: number;
    diagnosed: number;
    failed: number;
    consistent: number;
    diverged: number;
    recovered: number;
    truncated: number;
    withMalformedLines: number;
    wrongTraceRightAnswer: number;
    rightTraceWrongAnswer: number;
    rightTraceRightAnswer: number;
    wrongTraceWrongAnswer: number;
  };
  causes: Partial<Record<DivergenceCause, number>>;
  kinds: KindRow[];
  byTraceLength: AccuracyGroup[];
  byDifficulty: AccuracyGroup[];
  generations: GenerationDiagnosis[];
}

/** Upper bounds (true steps) of the trace-length buckets; the last bucket is open. */
export const LENGTH_BUCKETS = [10, 25, 50, 100, 250, 500];

export function lengthBucket(steps: number): string {
  let lower = 1;
  for (const upper of LENGTH_BUCKETS) {
    if (steps <= upper) return `${lower}-${upper}`;
    lower = upper + 1;
  }
  return `>${LENGTH_BUCKETS[LENGTH_BUCKETS.length - 1]}`;
}

export function aggregateRun(
  run: string,
  model: string | undefined,
  generations: readonly GenerationDiagnosis[],
): RunDiagnosis {
  const diagnosed = generations.filter((g) => g.diagnosis !== null);
  const diverged = diagnosed.filter((g) => !g.diagnosis!.consistent);
  const both = (trace: boolean, answer: boolean) =>
    diagnosed.filter((g) => g.diagnosis!.consistent === trace && g.answerCorrect === answer).length;
  return {
    schema: DIAGNOSIS_SCHEMA,
    run,
    ...(model === undefined ? {} : { model }),
    counts: {
      samples: new Set(generations.map((g) => g.sampleId)).size,
      generations: generations.length,
      diagnosed: diagnosed.length,
      failed: generations.length - diagnosed.length,
      consistent: diagnosed.length - diverged.length,
      diverged: diverged.length,
      recovered: diverged.filter((g) => g.diagnosis!.recovered).length,
      truncated: diagnosed.filter((g) => g.diagnosis!.truncated).length,
      withMalformedLines: diagnosed.filter((g) => g.diagnosis!.malformed_lines.length > 0).length,
      wrongTraceRightAnswer: both(false, true),
      rightTraceWrongAnswer: both(true, false),
      rightTraceRightAnswer: both(true, true),
      wrongTraceWrongAnswer: both(false, false),
    },
    causes: countBy(diverged, (g) => g.cause ?? 'value'),
    kinds: kindRows(diagnosed, diverged),
    byTraceLength: accuracyGroups(diagnosed, (g) => lengthBucket(g.trueSteps), bucketOrder),
    byDifficulty: accuracyGroups(diagnosed, (g) => g.difficulty ?? 'all', difficultyOrder),
    generations: [...generations],
  };
}

function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function kindRows(
  diagnosed: readonly GenerationDiagnosis[],
  diverged: readonly GenerationDiagnosis[],
): KindRow[] {
  const reached: Record<string, number> = {};
  for (const g of diagnosed) {
    for (const [kind, n] of Object.entries(g.reachedKinds)) reached[kind] = (reached[kind] ?? 0) + n;
  }
  const counts = countBy(diverged, (g) => g.diagnosis!.first_divergence!.kind);
  return Object.entries(counts)
    .map(([kind, count]): KindRow => {
      const n = count ?? 0;
      const r = reached[kind] ?? 0;
      return { kind, count: n, share: n / diverged.length, reached: r, errorRate: r === 0 ? null : n / r };
    })
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

function accuracyGroups(
  generations: readonly GenerationDiagnosis[],
  key: (g: GenerationDiagnosis) => string,
  order: (a: string, b: string) => number,
): AccuracyGroup[] {
  const groups = new Map<string, GenerationDiagnosis[]>();
  for (const g of generations) {
    const members = groups.get(key(g)) ?? [];
    members.push(g);
    groups.set(key(g), members);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([group, members]) => {
      const correct = members.filter((g) => g.answerCorrect).length;
      const consistent = members.filter((g) => g.diagnosis!.consistent).length;
      return { group, generations: members.length, correct, consistent, accuracy: correct / members.length };
    });
}

function bucketOrder(a: string, b: string): number {
  const rank = (bucket: string) => (bucket.startsWith('>') ? Infinity : Number(bucket.split('-')[0]));
  return rank(a) - rank(b);
}

const DIFFICULTIES = ['easy', 'medium', 'hard'];

function difficultyOrder(a: string, b: string): number {
  const rank = (d: string) => (DIFFICULTIES.includes(d) ? DIFFICULTIES.indexOf(d) : DIFFICULTIES.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
