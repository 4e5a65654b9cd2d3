// Compares runs: pass@1 per benchmark and difficulty, one column per run, the difference from the first run,
// and McNemar's exact test (see mcnemar.ts) on the samples each run shares with the first. A sample's outcome
// for the test is whether its first generation (index 0) was correct; a sample with none counts as wrong.

import { join } from 'node:path';
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { SampleResult } from '../results.ts';
import { readSamplesJsonl, readSummary } from './files.ts';
import type { GroupScore, Summary } from './summary.ts';
import { mcnemarExact, pairOutcomes, type PairedCounts } from './mcnemar.ts';
import { COMPACT, formatPercent } from './table.ts';

export interface LoadedRun {
  dir: string;
  summary: Summary;
  samples: SampleResult[];
}

export interface ComparisonRow {
  /** `overall`, `benchmark cruxeval-o`, `difficulty easy`. */
  group: string;
  /** pass@1 (percent) per run, null where the run has no such group. */
  pass1: (number | null)[];
  /** Run i minus run 0, null where either is missing; entry 0 is always null. */
  delta: (number | null)[];
}

export interface SignificanceTest extends PairedCounts {
  /** Index of the run compared with run 0. */
  run: number;
  test: 'mcnemar-exact';
  pValue: number;
}

export interface Comparison {
  /** Column headers: model names, with the run name added where two runs share a model. */
  runs: { header: string; model: string; run: string; dir: string }[];
  rows: ComparisonRow[];
  significance: SignificanceTest[];
}

export function loadRun(dir: string): LoadedRun {
  return {
    dir,
    summary: readSummary(join(dir, 'summary.json')),
    samples: readSamplesJsonl(join(dir, 'samples.jsonl')),
  };
}

export function compareRuns(runs: readonly LoadedRun[]): Comparison {
  if (runs.length === 0) throw new RangeError('compareRuns needs at least one run');
  const models = runs.map((r) => r.summary.model);
  const headers = runs.map((r, i) =>
    models.indexOf(r.summary.model) !== models.lastIndexOf(r.summary.model)
      ? `${models[i]} (${r.summary.run})`
      : models[i],
  );
  const groups: { label: string; pick: (s: Summary) => GroupScore | undefined }[] = [
    { label: 'overall', pick: (s) => s.overall },
    ...unionKeys(runs, (s) => s.byBenchmark).map((k) => ({
      label: `benchmark ${k}`,
      pick: (s: Summary) => s.byBenchmark[k],
    })),
    ...unionKeys(runs, (s) => s.byDifficulty).map((k) => ({
      label: `difficulty ${k}`,
      pick: (s: Summary) => s.byDifficulty[k],
    })),
  ];
  const rows = groups.map(({ label, pick }) => {
    const pass1 = runs.map((r) => pick(r.summary)?.pass['pass@1'] ?? null);
    const delta = pass1.map((v, i) => (i === 0 || v === null || pass1[0] === null ? null : v - pass1[0]));
    return { group: label, pass1, delta };
  });
  const first = firstGenerationOutcomes(runs[0].samples);
  const significance = runs.slice(1).map((r, i): SignificanceTest => {
    const counts = pairOutcomes(first, firstGenerationOutcomes(r.samples));
    return {
      run: i + 1,
      test: 'mcnemar-exact',
      ...counts,
      pValue: mcnemarExact(counts.onlyFirst, counts.onlySecond),
    };
  });
  return {
    runs: runs.map((r, i) => ({
      header: headers[i],
      model: r.summary.model,
      run: r.summary.run,
      dir: r.dir,
    })),
    rows,
    significance,
  };
}

/** Per-sample outcome keyed by `benchmark/id`, so equal ids from different benchmarks stay apart. */
export function firstGenerationOutcomes(samples: readonly SampleResult[]): Map<string, boolean> {
  return new Map(
    samples.map((s) => [
      `${s.benchmark}/${s.id}`,
      s.generations.find((g) => g.index === 0)?.correct ?? false,
    ]),
  );
}

function unionKeys(runs: readonly LoadedRun[], pick: (s: Summary) => Record<string, GroupScore>): string[] {
  return [...new Set(runs.flatMap((r) => Object.keys(pick(r.summary))))].sort();
}

/** Table text: pass@1 per run, Δ columns, then one line per significance test. */
export function renderComparisonTable(c: Comparison): string {
  const deltaHeads = c.runs.slice(1).map((r) => `Δ ${r.header}`);
  const table = new Table({
    head: ['pass@1', ...c.runs.map((r) => r.header), ...deltaHeads],
    style: { head: [], border: [] },
    chars: COMPACT,
    colAligns: ['left', ...c.runs.map(() => 'right' as const), ...deltaHeads.map(() => 'right' as const)],
  });
  for (const row of c.rows) {
    table.push([
      row.group,
      ...row.pass1.map((v) => (v === null ? '-' : formatPercent(v))),
      ...row.delta.slice(1).map(formatDelta),
    ]);
  }
  const tests = c.significance.map(
    (t) =>
      `${c.runs[t.run].header} vs ${c.runs[0].header}: McNemar exact p = ${formatP(t.pValue)} ` +
      `(${t.shared} shared samples, first generation: ${t.onlyFirst} only first right, ${t.onlySecond} only second right)`,
  );
  return [table.toString(), ...tests].join('\n');
}

/** CSV: one row per group, pass@1 per run then Δ per later run; then a row of p-values under the Δ columns. */
export function comparisonCsv(c: Comparison): string {
  const header = [
    'group',
    ...c.runs.map((r) => r.header),
    ...c.runs.slice(1).map((r) => `delta ${r.header}`),
  ];
  const rows = c.rows.map((row) => [
    row.group,
    ...row.pass1.map(csvNumber),
    ...row.delta.slice(1).map(csvNumber),
  ]);
  const pValues = [
    'mcnemar exact p (first generation)',
    ...c.runs.map(() => ''),
    ...c.significance.map((t) => csvNumber(t.pValue)),
  ];
  return stringify([header, ...rows, ...(c.significance.length > 0 ? [pValues] : [])]);
}

function csvNumber(v: number | null): string {
  return v === null ? '' : String(Number(v.toFixed(6)));
}

function formatDelta(v: number | null): string {
  return v === null ? '-' : `${v >= 0 ? '+' : ''}${v.toFixed(2)}`;
}

function formatP(p: number): string {
  return p < 0.0001 ? p.toExponential(2) : p.toFixed(4);
}
