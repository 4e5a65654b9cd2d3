// Rendered report text against golden files in test/golden/report/ (UPDATE_GOLDEN=1 rewrites them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareRuns,
  comparisonCsv,
  loadRun,
  readSamplesJsonl,
  readSummary,
  renderComparisonTable,
  renderSummaryTable,
  samplesCsv,
  summarize,
  writeSamplesCsv,
  writeSamplesJsonl,
  writeSummary,
} from '../../harness/report/index.ts';
import type { SampleResult } from '../../harness/results.ts';
import { assertGolden } from './golden.ts';
import { runA, runB } from './fixtures.ts';

const summaryA = summarize(runA, { run: 'run-a', model: 'llama-a' });
const summaryB = summarize(runB, { run: 'run-b', model: 'qwen-b' });

function writeRun(name: string, results: SampleResult[], model: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'etcot-run-')), name);
  writeSummary(join(dir, 'summary.json'), summarize(results, { run: name, model }));
  writeSamplesJsonl(join(dir, 'samples.jsonl'), results);
  return dir;
}

test('summary table', () => {
  assertGolden('summary-table.txt', `${renderSummaryTable(summaryA)}\n`);
});

test('samples CSV: one row per generation, quoting intact', () => {
  const csv = samplesCsv(runA);
  assertGolden('samples.csv', csv);
  const dir = mkdtempSync(join(tmpdir(), 'etcot-csv-'));
  writeSamplesCsv(join(dir, 'samples.csv'), runA);
  assert.equal(readFileSync(join(dir, 'samples.csv'), 'utf8'), csv);
  assert.equal(csv.split('\n')[0], 'sample_id,benchmark,generation,correct,predicted,expected,status,reason');
});

test('samples.jsonl and summary.json round-trip', () => {
  const dir = writeRun('run-a', runA, 'llama-a');
  assert.deepEqual(readSamplesJsonl(join(dir, 'samples.jsonl')), runA);
  assert.deepEqual(readSummary(join(dir, 'summary.json')), summaryA);
});

test('comparison table, CSV and JSON', () => {
  const comparison = compareRuns([
    { dir: 'results/run-a', summary: summaryA, samples: runA },
    { dir: 'results/run-b', summary: summaryB, samples: runB },
  ]);
  // Shared: 4 samples; first generations A = T F T F, B = F T T T: only A right 1, only B right 2.
  assert.deepEqual(comparison.significance, [
    {
      run: 1,
      test: 'mcnemar-exact',
      shared: 4,
      bothRight: 1,
      onlyFirst: 1,
      onlySecond: 2,
      bothWrong: 0,
      pValue: 1,
    },
  ]);
  assertGolden('compare-table.txt', `${renderComparisonTable(comparison)}\n`);
  assertGolden('compare.csv', comparisonCsv(comparison));
  assertGolden('compare.json', `${JSON.stringify(comparison, null, 2)}\n`);
});

test('two runs of one model get the run name in the header', () => {
  const comparison = compareRuns([
    { dir: 'a', summary: summaryA, samples: runA },
    { dir: 'b', summary: { ...summaryA, run: 'run-a2' }, samples: runA },
  ]);
  assert.deepEqual(
    comparison.runs.map((r) => r.header),
    ['llama-a (run-a)', 'llama-a (run-a2)'],
  );
  assert.equal(comparison.significance[0].pValue, 1);
  assert.deepEqual(comparison.rows[0].delta, [null, 0]);
});

test('etcot compare prints the same table as renderComparisonTable', () => {
  const dirA = writeRun('run-a', runA, 'llama-a');
  const dirB = writeRun('run-b', runB, 'qwen-b');
  const child = spawnSync(process.execPath, ['bin/etcot.js', 'compare', dirA, dirB], { encoding: 'utf8' });
  assert.equal(child.stderr, '');
  assert.equal(child.status, 0);
  assert.equal(child.stdout, `${renderComparisonTable(compareRuns([loadRun(dirA), loadRun(dirB)]))}\n`);
  const csv = spawnSync(process.execPath, ['bin/etcot.js', 'compare', '--csv', dirA, dirB], {
    encoding: 'utf8',
  });
  assert.equal(csv.stdout, readFileSync('test/golden/report/compare.csv', 'utf8'));
});
