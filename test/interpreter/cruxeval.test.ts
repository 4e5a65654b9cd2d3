// The acceptance criterion: every CRUXEval-O sample's call evaluates to exactly the benchmark's output repr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCruxeval } from '../../benchmarks/index.ts';
import { runCall } from '../../interpreter/index.ts';
import { outcomeOf } from './helpers.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataFile = resolve(repoRoot, '..', 'shared', 'data', 'cruxeval', 'cruxeval.jsonl');

test('all 800 CRUXEval samples reproduce exactly', () => {
  const samples = loadCruxeval(dataFile);
  assert.equal(samples.length, 800);
  const mismatches: string[] = [];
  for (const s of samples) {
    const got = outcomeOf(runCall(s.code, s.call));
    if (got !== s.output) mismatches.push(`${s.id}: expected ${s.output} got ${got}`);
  }
  assert.deepEqual(mismatches, []);
});
