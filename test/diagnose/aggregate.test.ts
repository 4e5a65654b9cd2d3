import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateRun, lengthBucket } from '../../harness/diagnose/aggregate.ts';
import { renderReportHtml } from '../../harness/diagnose/html/page.ts';
import { renderRunDiagnosis } from '../../harness/diagnose/table.ts';

test('trace lengths fall into closed buckets, the last one open', () => {
  const cases: [number, string][] = [
    [1, '1-10'],
    [10, '1-10'],
    [11, '11-25'],
    [250, '101-250'],
    [500, '251-500'],
    [501, '>500'],
  ];
  for (const [steps, bucket] of cases) assert.equal(lengthBucket(steps), bucket, String(steps));
});

test('an empty run aggregates to zeros and still renders', () => {
  const run = aggregateRun('empty', undefined, []);
  assert.deepEqual(run.counts, {
    samples: 0,
    generations: 0,
    diagnosed: 0,
    failed: 0,
    consistent: 0,
    diverged: 0,
    recovered: 0,
    truncated: 0,
    withMalformedLines: 0,
    wrongTraceRightAnswer: 0,
    rightTraceWrongAnswer: 0,
    rightTraceRightAnswer: 0,
    wrongTraceWrongAnswer: 0,
  });
  assert.deepEqual([run.kinds, run.byTraceLength, run.byDifficulty], [[], [], []]);
  assert.match(renderRunDiagnosis(run), /^model \(empty\): 0 generations of 0 samples/);
  assert.match(renderReportHtml(run, []), /<span id="sample-count">0<\/span>/);
});
