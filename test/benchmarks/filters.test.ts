import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BenchmarkFilterError, filterSamples, loadCruxeval, type Sample } from '../../benchmarks/index.ts';

const lcb = (id: string, difficulty: string, contestDate: string): Sample => ({
  id,
  benchmark: 'lcb-execution',
  code: 'def f(): return 1',
  call: 'f()',
  output: '1',
  difficulty,
  contestDate,
  origin: `x.jsonl:${id}`,
});

const samples = [
  lcb('a', 'easy', '2023-04-30'),
  lcb('b', 'medium', '2023-05-01'),
  lcb('c', 'easy', '2023-05-31'),
  lcb('d', 'hard', '2023-06-01'),
  lcb('e', 'Easy', '2023-07-15'),
];
const ids = (list: Sample[]) => list.map((s) => s.id);

test('no filter keeps everything', () => {
  assert.deepEqual(ids(filterSamples(samples, {})), ['a', 'b', 'c', 'd', 'e']);
});

test('ids keep benchmark order; unknown ids are an error', () => {
  assert.deepEqual(ids(filterSamples(samples, { ids: ['d', 'a'] })), ['a', 'd']);
  assert.throws(() => filterSamples(samples, { ids: ['a', 'zz', 'yy'] }), {
    name: 'BenchmarkFilterError',
    message: 'unknown sample id: zz, yy',
  });
});

test('date window is inclusive at both ends', () => {
  assert.deepEqual(ids(filterSamples(samples, { since: '2023-05-01', until: '2023-06-01' })), [
    'b',
    'c',
    'd',
  ]);
  assert.deepEqual(ids(filterSamples(samples, { since: '2023-06-01' })), ['d', 'e']);
  assert.deepEqual(ids(filterSamples(samples, { until: '2023-04-30' })), ['a']);
});

test('difficulty is case-insensitive and takes several values', () => {
  assert.deepEqual(ids(filterSamples(samples, { difficulty: ['easy'] })), ['a', 'c', 'e']);
  assert.deepEqual(ids(filterSamples(samples, { difficulty: ['HARD', 'medium'] })), ['b', 'd']);
});

test('filters combine, and limit counts what the others kept', () => {
  assert.deepEqual(ids(filterSamples(samples, { difficulty: ['easy'], since: '2023-05-01', limit: 1 })), [
    'c',
  ]);
  assert.deepEqual(ids(filterSamples(samples, { ids: ['a', 'b', 'c'], difficulty: ['easy'] })), ['a', 'c']);
  assert.deepEqual(ids(filterSamples(samples, { limit: 0 })), []);
});

test('samples without a contest date or difficulty drop out of those filters', () => {
  const crux = loadCruxeval('../shared/data/cruxeval/cruxeval.jsonl');
  assert.equal(filterSamples(crux, { since: '2000-01-01' }).length, 0);
  assert.equal(filterSamples(crux, { difficulty: ['easy'] }).length, 0);
  assert.deepEqual(ids(filterSamples(crux, { limit: 3 })), ['sample_0', 'sample_1', 'sample_2']);
});

test('malformed bounds and limits are errors', () => {
  assert.throws(() => filterSamples(samples, { since: '2023-5-1' }), {
    name: 'BenchmarkFilterError',
    message: '--since must be a date YYYY-MM-DD, got "2023-5-1"',
  });
  assert.throws(() => filterSamples(samples, { until: '2023-02-30' }), {
    message: '--until must be a date YYYY-MM-DD, got "2023-02-30"',
  });
  assert.throws(() => filterSamples(samples, { since: '2023-06-01', until: '2023-05-01' }), {
    message: '--since 2023-06-01 is after --until 2023-05-01',
  });
  assert.throws(
    () => filterSamples(samples, { limit: -1 }),
    (e: unknown) => e instanceof BenchmarkFilterError,
  );
});
