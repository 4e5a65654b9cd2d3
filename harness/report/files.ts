// Reads and writes the per-run files reporting works from: samples.jsonl, samples.csv and summary.json.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { SampleResult } from '../results.ts';
import { SUMMARY_SCHEMA, type Summary } from './summary.ts';

/** A run file that is missing a piece or is not what etcot writes; names the file and line. */
export class RunFileError extends Error {
  override name = 'RunFileError';
}

export const CSV_COLUMNS = [
  'sample_id',
  'benchmark',
  'generation',
  'correct',
  'predicted',
  'expected',
  'status',
  'reason',
];

/** The CSV text: one row per generation, identified by sample id, benchmark and generation index. */
export function samplesCsv(results: readonly SampleResult[]): string {
  const rows = results.flatMap((r) =>
    r.generations.map((g) => [
      r.id,
      r.benchmark,
      g.index,
      g.correct,
      g.predicted ?? '',
      r.expected,
      g.status,
      g.reason ?? '',
    ]),
  );
  return stringify(rows, { header: true, columns: CSV_COLUMNS, cast: { boolean: (b) => String(b) } });
}

export function writeSamplesCsv(path: string, results: readonly SampleResult[]): void {
  writeText(path, samplesCsv(results));
}

/** One SampleResult per line. */
export function writeSamplesJsonl(path: string, results: readonly SampleResult[]): void {
  writeText(path, results.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

export function readSamplesJsonl(path: string): SampleResult[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new RunFileError(`${path}:${i + 1}: invalid JSON: ${(error as Error).message}`);
      }
      const r = value as Partial<SampleResult> | null;
      if (
        r === null ||
        typeof r.id !== 'string' ||
        !Array.isArray(r.generations) ||
        typeof r.correctCount !== 'number'
      ) {
        throw new RunFileError(`${path}:${i + 1}: not a sample result (needs id, generations, correctCount)`);
      }
      return [r as SampleResult];
    });
}

export function writeSummary(path: string, summary: Summary): void {
  writeText(path, `${JSON.stringify(summary, null, 2)}\n`);
}

export function readSummary(path: string): Summary {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RunFileError(`${path}: ${(error as Error).message}`);
  }
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (schema !== SUMMARY_SCHEMA) {
    throw new RunFileError(
      `${path}: summary schema ${String(schema)}, this etcot reads schema ${SUMMARY_SCHEMA}`,
    );
  }
  return value as Summary;
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
