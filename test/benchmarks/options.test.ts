import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterFromArgs, isFiltered, selectBenchmark } from '../../benchmarks/index.ts';

test('filterFromArgs splits lists and parses limit', () => {
  assert.deepEqual(
    filterFromArgs({ ids: 'sample_3, sample_1,', difficulty: 'easy,hard', limit: '10', since: '2023-01-01' }),
    {
      ids: ['sample_3', 'sample_1'],
      difficulty: ['easy', 'hard'],
      limit: 10,
      since: '2023-01-01',
    },
  );
  assert.deepEqual(filterFromArgs({ benchmark: 'cruxeval-o' }), {});
  assert.equal(isFiltered({}), false);
  assert.equal(isFiltered({ limit: 0 }), true);
  assert.throws(() => filterFromArgs({ limit: '1e3' }), {
    name: 'BenchmarkFilterError',
    message: '--limit must be a non-negative integer, got "1e3"',
  });
});

test('selectBenchmark resolves, loads and filters', async () => {
  const { resolved, samples } = await selectBenchmark({ ids: 'sample_5,sample_2', limit: '1' }, 'cruxeval-o');
  assert.equal(resolved.samples.length, 800);
  assert.deepEqual(
    samples.map((s) => s.id),
    ['sample_2'],
  );
  await assert.rejects(selectBenchmark({ benchmark: 'humaneval' }, 'cruxeval-o'), {
    name: 'BenchmarkFilterError',
    message: 'unknown benchmark "humaneval" (known: cruxeval-o, lcb-execution, custom)',
  });
});
