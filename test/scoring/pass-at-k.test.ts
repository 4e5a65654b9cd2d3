import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meanPassAtK, passAtK } from '../../harness/scoring/index.ts';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

test('passAtK(10, 3, 5) = 1 - C(7,5)/C(10,5) = 1 - 21/252 = 11/12', () => {
  close(passAtK(10, 3, 5), 11 / 12);
});

test('pass@1 is c/n', () => {
  close(passAtK(10, 3, 1), 0.3);
  close(passAtK(7, 2, 1), 2 / 7);
});

test('pass@2 of n=4, c=1: 1 - C(3,2)/C(4,2) = 1 - 3/6', () => {
  close(passAtK(4, 1, 2), 0.5);
});

test('no correct generation gives 0; n - c < k gives 1', () => {
  assert.equal(passAtK(10, 0, 5), 0);
  assert.equal(passAtK(10, 6, 5), 1);
  assert.equal(passAtK(10, 10, 1), 1);
});

test('n < k follows upstream: 1 whenever n - c < k, even with c = 0', () => {
  assert.equal(passAtK(3, 1, 5), 1);
  assert.equal(passAtK(3, 0, 5), 1);
});

test('large n stays finite and exact enough', () => {
  close(passAtK(200, 1, 100), 0.5);
  close(passAtK(1000, 10, 1), 0.01);
});

test('invalid arguments throw RangeError', () => {
  assert.throws(() => passAtK(5, 6, 1), RangeError);
  assert.throws(() => passAtK(5, 1, 0), RangeError);
  assert.throws(() => passAtK(5.5, 1, 1), RangeError);
});

test('meanPassAtK is a percentage averaged over samples', () => {
  close(
    meanPassAtK(
      [
        { n: 10, c: 3 },
        { n: 10, c: 0 },
      ],
      5,
    ),
    ((11 / 12 + 0) / 2) * 100,
  );
  close(
    meanPassAtK(
      [
        { n: 4, c: 1 },
        { n: 4, c: 4 },
      ],
      1,
    ),
    62.5,
  );
});
