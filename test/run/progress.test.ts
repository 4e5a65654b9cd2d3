// Progress: a bar redrawn in place on a terminal, plain lines every N items or T seconds elsewhere.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSeconds, Progress } from '../../harness/run/progress.ts';

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

test('plain mode: a line every N items and one at the end', () => {
  let now = 0;
  const out = sink(false);
  const progress = new Progress(5, out, { everyItems: 2, everyMs: 60_000, now: () => now });
  for (const correct of [true, false, true, undefined, true]) {
    now += 1000;
    progress.tick(correct);
  }
  progress.finish();
  assert.deepEqual(out.writes, [
    '2/5  1.0/s  ETA 3s  accuracy 50.0%\n',
    '4/5  1.0/s  ETA 1s  accuracy 66.7%  1 failed\n',
    '5/5  1.0/s  ETA 0s  accuracy 75.0%  1 failed\n',
  ]);
});

test('plain mode: a line when T seconds pass, however few items came', () => {
  let now = 0;
  const out = sink(false);
  const progress = new Progress(100, out, { everyItems: 50, everyMs: 10_000, now: () => now });
  now = 4000;
  progress.tick(true);
  now = 12_000;
  progress.tick(true);
  assert.deepEqual(out.writes, ['2/100  0.2/s  ETA 9m48s  accuracy 100.0%\n']);
});

test('terminal: the bar is redrawn in place and ends with a newline', () => {
  let now = 0;
  const out = sink(true);
  const progress = new Progress(4, out, { now: () => now });
  now = 2000;
  progress.tick(false);
  progress.finish();
  assert.deepEqual(out.writes, [
    '\r[######..................] 1/4  0.5/s  ETA 6s  accuracy 0.0%',
    '\r[######..................] 1/4  0.5/s  ETA 6s  accuracy 0.0%\n',
  ]);
});

test('cached items count as done but not toward the rate', () => {
  let now = 0;
  const out = sink(false);
  const progress = new Progress(10, out, { everyItems: 100, now: () => now });
  for (let i = 0; i < 6; i++) progress.tick(true, true);
  now = 2000;
  progress.tick(true);
  progress.finish();
  assert.deepEqual(out.writes, ['7/10  0.5/s  ETA 6s  accuracy 100.0%\n']);
});

test('durations', () => {
  assert.deepEqual(
    [formatSeconds(59.4), formatSeconds(61), formatSeconds(7322), formatSeconds(Infinity)],
    ['59s', '1m01s', '2h02m', '?'],
  );
});
