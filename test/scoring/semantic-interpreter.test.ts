// scoreSemantic with the real interpreter: Python == semantics, never a real Python.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadInterpreter } from '../../interpreter/index.ts';
import type { Sample } from '../../benchmarks/sample.ts';
import { scoreSemantic } from '../../harness/scoring/index.ts';

const sample = (output: string): Sample => ({
  id: 's',
  benchmark: 'custom',
  code: 'def f():\n    return 1',
  call: 'f()',
  output,
  origin: 'test:1',
});

test('Python equality decides', async () => {
  const interp = await loadInterpreter();
  assert.deepEqual(scoreSemantic(interp, sample('1'), '1.0'), { correct: true });
  assert.deepEqual(scoreSemantic(interp, sample("{'a': 1, 'b': 2}"), "{'b': 2, 'a': 1}"), { correct: true });
  assert.deepEqual(scoreSemantic(interp, sample('(1,)'), '[1]'), { correct: false });
  assert.deepEqual(scoreSemantic(interp, sample("'ab'"), "'a' + 'b'"), { correct: true });
});

test('a prediction that raises is wrong, with the reason', async () => {
  const interp = await loadInterpreter();
  assert.deepEqual(scoreSemantic(interp, sample('2'), 'x + 1'), {
    correct: false,
    reason: "prediction failed: NameError: name 'x' is not defined",
  });
  assert.deepEqual(scoreSemantic(interp, sample('2'), '1 / 0'), {
    correct: false,
    reason: 'prediction failed: ZeroDivisionError: division by zero',
  });
});
