import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/spawn-etcot.ts';
import { PROGRAMS_FIXTURE, readRecords, tempDir } from './helpers.ts';

test('etcot gen writes records, a stats file and a summary on stderr', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  const stats = join(dir, 'stats.json');
  const result = await runCli([
    'gen',
    '--programs',
    PROGRAMS_FIXTURE,
    '--out',
    out,
    '--stats',
    stats,
    '--max-trace-chars',
    '4000',
    '--max-eval-steps',
    '20000',
    '--exclude-benchmarks',
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(
    lines[0],
    `etcot gen: ${PROGRAMS_FIXTURE}:3: no "call" or "input" (use --inputs K to draw inputs)`,
  );
  assert.equal(
    lines[2],
    `etcot gen: error: ${PROGRAMS_FIXTURE}:7: invalid JSON: Unterminated string in JSON at position 33`,
  );
  assert.equal(lines[4], 'programs read: 11; records written: 2');
  assert.equal(
    lines[5],
    'dropped: bad-line 2, no-inputs 1, duplicate 1, raised 1, timeout 1, unsupported 2, too-long 1',
  );
  assert.match(lines[6]!, /^trace chars: min \d+, median \d+, p95 \d+, max \d+ \(approx tokens: min \d+, /);
  assert.match(lines[7]!, /^time: [\d.]+ s, [\d.]+ records\/s$/);
  assert.match(
    lines[8]!,
    /^decontamination: 0 programs dropped as benchmark copies \(.*cruxeval\.jsonl \(800\)\)$/,
  );
  assert.equal(readRecords(out).length, 2);
  const report = JSON.parse(readFileSync(stats, 'utf8')) as {
    records_written: number;
    benchmark_programs: number;
  };
  assert.equal(report.records_written, 2);
  assert.equal(report.benchmark_programs, 800);
});

test('etcot gen rejects bad options with exit code 2', async () => {
  const result = await runCli([
    'gen',
    '--programs',
    PROGRAMS_FIXTURE,
    '--out',
    '/dev/null',
    '--granularity',
    'word',
  ]);
  assert.equal(result.code, 2);
  assert.equal(
    result.stderr,
    'etcot gen: --granularity must be one of op, expr, line, not "word"\nRun `etcot gen --help` for usage.\n',
  );
});
