import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mcnemarExact, pairOutcomes } from '../../harness/report/index.ts';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

test('hand-computed exact McNemar p-values', () => {
  // b=1, c=5: 2 * (C(6,0) + C(6,1)) / 2^6 = 14/64.
  close(mcnemarExact(1, 5), 14 / 64);
  close(mcnemarExact(5, 1), 14 / 64);
  // b=0, c=6: 2 / 64.
  close(mcnemarExact(0, 6), 2 / 64);
  // b=2, c=8: 2 * (1 + 10 + 45) / 1024.
  close(mcnemarExact(2, 8), 112 / 1024);
  assert.equal(mcnemarExact(0, 0), 1);
  assert.equal(mcnemarExact(3, 3), 1);
});

test('large counts do not underflow', () => {
  // b=0, c=2000: 2 * 2^-2000 underflows to 0 in doubles; the answer must still be a number in [0, 1].
  assert.equal(mcnemarExact(0, 2000), 0);
  close(mcnemarExact(1000, 1000), 1);
  const p = mcnemarExact(900, 1100);
  assert.ok(p > 0 && p < 1e-5, String(p));
});

test('pairOutcomes counts only shared keys', () => {
  const a = new Map([
    ['x', true],
    ['y', false],
    ['z', true],
    ['only-a', true],
  ]);
  const b = new Map([
    ['x', true],
    ['y', true],
    ['z', false],
    ['only-b', false],
  ]);
  assert.deepEqual(pairOutcomes(a, b), {
    shared: 3,
    bothRight: 1,
    onlyFirst: 1,
    onlySecond: 1,
    bothWrong: 0,
  });
});
