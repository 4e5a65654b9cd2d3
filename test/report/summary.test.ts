import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GenerationRecord } from '../../harness/results.ts';
import { contestWindow, summarize } from '../../harness/report/index.ts';
import { runA } from './fixtures.ts';

const close = (actual: number | undefined, expected: number) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

const record = (i: number, usage?: GenerationRecord['usage'], latencyMs?: number): GenerationRecord => ({
  key: `k${i}`,
  sampleId: 'sample_0',
  index: i,
  model: 'llama-a',
  promptMode: 'direct',
  promptHash: 'h',
  params: {},
  text: '',
  ...(usage === undefined ? {} : { usage }),
  ...(latencyMs === undefined ? {} : { latencyMs }),
  at: '2026-01-01T00:00:00Z',
});

test('summarize: pass@k by hand', () => {
  const s = summarize(runA, { run: 'run-a', model: 'llama-a' });
  // c/n per sample: 2/5, 0, 5/5, 1/5, 0.
  close(s.overall.pass['pass@1'], 32);
  close(s.overall.pass['pass@5'], 60);
  assert.deepEqual(Object.keys(s.overall.pass), ['pass@1', 'pass@5']);
  assert.deepEqual(
    { ...s.overall, pass: undefined },
    { samples: 5, generations: 25, correctGenerations: 8, pass: undefined },
  );
  close(s.byBenchmark['cruxeval-o'].pass['pass@1'], 20);
  close(s.byBenchmark['cruxeval-o'].pass['pass@5'], 50);
  close(s.byBenchmark['lcb-execution'].pass['pass@1'], 40);
  close(s.byBenchmark['lcb-execution'].pass['pass@5'], 200 / 3);
  assert.deepEqual(Object.keys(s.byDifficulty), ['easy', 'hard', 'medium']);
  close(s.byDifficulty.medium.pass['pass@1'], 20);
  close(s.byDifficulty.hard.pass['pass@5'], 0);
  assert.deepEqual(Object.keys(s.byContestWindow), ['2023-05', '2023-06']);
  close(s.byContestWindow['2023-05'].pass['pass@1'], 60);
  assert.deepEqual(s.counts, {
    samples: 5,
    generations: 25,
    extracted: 22,
    notFound: 1,
    unparsable: 1,
    requestFailed: 1,
  });
});

test('summarize: three-month windows, timing and token usage', () => {
  const s = summarize(runA, {
    run: 'run-a',
    model: 'llama-a',
    promptMode: 'direct',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:30.500Z',
    windowMonths: 3,
    generations: [
      record(0, { promptTokens: 100, completionTokens: 7 }, 200),
      record(1, { promptTokens: 50 }, 400),
      record(2),
    ],
  });
  assert.deepEqual(Object.keys(s.byContestWindow), ['2023-04..2023-06']);
  close(s.byContestWindow['2023-04..2023-06'].pass['pass@1'], 40);
  assert.deepEqual(s.timing, {
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:30.500Z',
    wallMs: 90_500,
    meanLatencyMs: 300,
  });
  assert.deepEqual(s.usage, { promptTokens: 150, completionTokens: 7, generationsWithUsage: 2 });
  assert.equal(s.promptMode, 'direct');
});

test('pass@k needs k <= n for every sample; a sample without generations counts as failed', () => {
  const short = [
    { ...runA[0], generations: runA[0].generations.slice(0, 3), correctCount: 2 },
    { ...runA[2], generations: [], correctCount: 0 },
  ];
  const s = summarize(short, { run: 'r', model: 'm' });
  assert.deepEqual(Object.keys(s.overall.pass), ['pass@1']);
  close(s.overall.pass['pass@1'], ((2 / 3 + 0) / 2) * 100);
});

test('contestWindow', () => {
  assert.equal(contestWindow('2023-12-31', 1), '2023-12');
  assert.equal(contestWindow('2024-01-01', 6), '2024-01..2024-06');
  assert.equal(contestWindow('2024-08-09', 6), '2024-07..2024-12');
  assert.equal(contestWindow(undefined, 1), undefined);
});
