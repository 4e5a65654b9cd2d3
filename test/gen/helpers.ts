// Shared set-up for the gen tests: temporary folders, a quiet runGen, and reading its output.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChatRecord } from '../../harness/gen/records.ts';
import { runGen, type GenRunOptions, type GenRunResult } from '../../harness/gen/run-gen.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/gen/', import.meta.url));
export const PROGRAMS_FIXTURE = join(FIXTURES, 'programs.jsonl');
export const CRUXEVAL = fileURLToPath(
  new URL('../../../shared/data/cruxeval/cruxeval.jsonl', import.meta.url),
);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'etcot-gen-'));
}

export interface QuietRun {
  report: GenRunResult;
  log: string[];
}

/** runGen with the usual test limits; log lines are collected instead of printed. */
export async function quietGen(
  options: Partial<GenRunOptions> & Pick<GenRunOptions, 'programsFile' | 'outFile'>,
): Promise<QuietRun> {
  const log: string[] = [];
  const report = await runGen({
    granularity: 'op',
    maxTraceChars: 4000,
    maxSteps: 2000,
    maxEvalSteps: 20_000,
    inputs: null,
    seed: 0,
    resume: false,
    excludeBenchmarks: false,
    log: (line) => log.push(line),
    ...options,
  });
  return { report, log };
}

export function readRecords(file: string): ChatRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ChatRecord);
}

export function readCruxeval(): { id: string; code: string; input: string; output: string }[] {
  return readFileSync(CRUXEVAL, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; code: string; input: string; output: string });
}
