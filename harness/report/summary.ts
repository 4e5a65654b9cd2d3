// Builds `results/<run>/summary.json` from scored sample records. It aggregates (pass@k, counts, usage) but
// never re-scores: correctness comes from each record's `correctCount` and generations' `correct`.

import type { GenerationRecord, SampleResult } from '../results.ts';
import { passAtK } from '../scoring/pass-at-k.ts';

/** Increment when the summary's shape changes; compare refuses summaries it does not understand. */
export const SUMMARY_SCHEMA = 1;

/** k values reported, each only when every sample of the group has at least k generations. */
export const REPORTED_KS = [1, 5, 10, 25, 100] as const;

export interface SummaryMeta {
  run: string;
  model: string;
  promptMode?: string;
  params?: Record<string, unknown>;
  startedAt?: string;
  finishedAt?: string;
  /** The run's generation records, for token usage and latency; omit when not at hand. */
  generations?: readonly GenerationRecord[];
  /** Width of the contest-date windows in months (default 1: one group per calendar month). */
  windowMonths?: number;
}

/** Scores of one group of samples. */
export interface GroupScore {
  samples: number;
  generations: number;
  correctGenerations: number;
  /** `{ 'pass@1': 34.2, 'pass@5': 40.3 }`, percentages. */
  pass: Record<string, number>;
}

export interface Summary {
  schema: typeof SUMMARY_SCHEMA;
  run: string;
  model: string;
  promptMode?: string;
  params?: Record<string, unknown>;
  overall: GroupScore;
  byBenchmark: Record<string, GroupScore>;
  byDifficulty: Record<string, GroupScore>;
  /** Keys `2023-05` (one month) or `2023-05..2023-07` (a window); LiveCodeBench samples only. */
  byContestWindow: Record<string, GroupScore>;
  counts: {
    samples: number;
    generations: number;
    extracted: number;
    notFound: number;
    unparsable: number;
    requestFailed: number;
  };
  timing: { startedAt?: string; finishedAt?: string; wallMs?: number; meanLatencyMs?: number };
  usage: { promptTokens: number; completionTokens: number; generationsWithUsage: number };
}

/** Aggregates a run's sample results into its summary. */
export function summarize(results: readonly SampleResult[], meta: SummaryMeta): Summary {
  const generations = results.flatMap((r) => r.generations);
  const count = (status: string) => generations.filter((g) => g.status === status).length;
  return {
    schema: SUMMARY_SCHEMA,
    run: meta.run,
    model: meta.model,
    ...(meta.promptMode === undefined ? {} : { promptMode: meta.promptMode }),
    ...(meta.params === undefined ? {} : { params: meta.params }),
    overall: scoreGroup(results),
    byBenchmark: groupBy(results, (r) => r.benchmark),
    byDifficulty: groupBy(results, (r) => r.difficulty),
    byContestWindow: groupBy(results, (r) => contestWindow(r.contestDate, meta.windowMonths ?? 1)),
    counts: {
      samples: results.length,
      generations: generations.length,
      extracted: count('ok'),
      notFound: count('not_found'),
      unparsable: count('unparsable'),
      requestFailed: count('request_failed'),
    },
    timing: timing(meta),
    usage: usage(meta.generations ?? []),
  };
}

/**
 * pass@k of a group. A sample with no generations counts as failed; k is reported only when every sample
 * with generations has at least k of them, so upstream's n < k rule never applies here.
 */
export function scoreGroup(results: readonly SampleResult[]): GroupScore {
  const withGenerations = results.filter((r) => r.generations.length > 0);
  const minN = Math.min(...withGenerations.map((r) => r.generations.length));
  const pass: Record<string, number> = {};
  for (const k of REPORTED_KS) {
    if (withGenerations.length === 0 || k > minN) break;
    let sum = 0;
    for (const r of withGenerations) sum += passAtK(r.generations.length, r.correctCount, k);
    pass[`pass@${k}`] = (sum / results.length) * 100;
  }
  return {
    samples: results.length,
    generations: results.reduce((n, r) => n + r.generations.length, 0),
    correctGenerations: results.reduce((n, r) => n + r.correctCount, 0),
    pass,
  };
}

function groupBy(
  results: readonly SampleResult[],
  key: (r: SampleResult) => string | undefined,
): Record<string, GroupScore> {
  const groups = new Map<string, SampleResult[]>();
  for (const r of results) {
    const k = key(r);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const keys = [...groups.keys()].sort();
  return Object.fromEntries(keys.map((k) => [k, scoreGroup(groups.get(k)!)]));
}

/** `2023-05` for one-month windows; windows of w months start at months 1, 1+w, ... of each year's count. */
export function contestWindow(date: string | undefined, windowMonths: number): string | undefined {
  if (date === undefined) return undefined;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12)) return undefined;
  const label = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  const index = year * 12 + month - 1;
  if (windowMonths <= 1) return label(index);
  const start = index - (index % windowMonths);
  return `${label(start)}..${label(start + windowMonths - 1)}`;
}

function timing(meta: SummaryMeta): Summary['timing'] {
  const out: Summary['timing'] = {};
  if (meta.startedAt !== undefined) out.startedAt = meta.startedAt;
  if (meta.finishedAt !== undefined) out.finishedAt = meta.finishedAt;
  if (meta.startedAt !== undefined && meta.finishedAt !== undefined) {
    out.wallMs = Date.parse(meta.finishedAt) - Date.parse(meta.startedAt);
  }
  const latencies = (meta.generations ?? []).flatMap((g) => (g.latencyMs === undefined ? [] : [g.latencyMs]));
  if (latencies.length > 0) out.meanLatencyMs = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  return out;
}

function usage(generations: readonly GenerationRecord[]): Summary['usage'] {
  let promptTokens = 0;
  let completionTokens = 0;
  let generationsWithUsage = 0;
  for (const g of generations) {
    if (g.usage === undefined) continue;
    generationsWithUsage++;
    promptTokens += g.usage.promptTokens ?? 0;
    completionTokens += g.usage.completionTokens ?? 0;
  }
  return { promptTokens, completionTokens, generationsWithUsage };
}
