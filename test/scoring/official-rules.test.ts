// The sample-level rules of CRUXEval's evaluator, checked with a stand-in interpreter whose verdict is
// scripted by the generation text, so these tests do not depend on the real interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interpreter, RunResult } from '../../interpreter/api.ts';
import type { Sample } from '../../benchmarks/sample.ts';
import { officialResults, scoreOfficialCruxevalSample, scoreSemantic } from '../../harness/scoring/index.ts';

const sample: Sample = {
  id: 'sample_9',
  benchmark: 'cruxeval-o',
  code: 'def f(x):\n    return x',
  call: 'f(3)',
  output: '3',
  origin: 'cruxeval.jsonl:10',
};

/** Passes programs ending in `== 3`, raises AssertionError otherwise; records what it ran. */
function scriptedInterpreter(): Interpreter & { programs: string[] } {
  const programs: string[] = [];
  const fail = (type: string, kind: 'exception' | 'unsupported' = 'exception'): RunResult => ({
    ok: false,
    error: { kind, type, message: '' },
  });
  return {
    programs,
    runModule(code: string): RunResult {
      programs.push(code);
      if (code.endsWith('== 3')) return { ok: true, repr: 'None' };
      if (code.endsWith('== nope')) return fail('NameError');
      return fail('AssertionError');
    },
    runCall: () => fail('NotImplementedError', 'unsupported'),
    compare: (expected: string, predicted: string) => {
      if (predicted === 'nope') {
        return {
          ok: false,
          side: 'predicted',
          error: { kind: 'exception', type: 'NameError', message: "name 'nope' is not defined" },
        };
      }
      if (expected === 'bad')
        return {
          ok: false,
          side: 'expected',
          error: { kind: 'syntax', type: 'SyntaxError', message: 'invalid syntax' },
        };
      return { ok: true, equal: expected === predicted };
    },
  };
}

test('runs code + "\\nassert " + output + " == " + generation', () => {
  const interp = scriptedInterpreter();
  const result = scoreOfficialCruxevalSample(interp, sample, ['3', '4']);
  assert.deepEqual(interp.programs, [
    'def f(x):\n    return x\nassert 3 == 3',
    'def f(x):\n    return x\nassert 3 == 4',
  ]);
  assert.deepEqual(result.scored, [true, false]);
  assert.deepEqual(result.details[1], {
    skipped: false,
    passed: false,
    failure: { kind: 'exception', type: 'AssertionError', message: '' },
  });
});

test('a generation containing f(<input>) is left out of the list', () => {
  const interp = scriptedInterpreter();
  const result = scoreOfficialCruxevalSample(interp, sample, ['f(3)', '3', 'f(3) + 0', '4']);
  assert.deepEqual(result.scored, [true, false]);
  assert.deepEqual(
    result.details.map((d) => d.skipped),
    [true, false, true, false],
  );
  assert.equal(interp.programs.length, 2);
});

test('no passing generation: all False of the original length, skipped ones included', () => {
  const result = scoreOfficialCruxevalSample(scriptedInterpreter(), sample, ['f(3)', '4', 'nope']);
  assert.deepEqual(result.scored, [false, false, false]);
});

test('officialResults: pass@k over the (possibly shortened) lists, upstream key order kept', () => {
  const generations = { sample_1: ['a', 'b'], sample_0: ['c'] };
  const results = officialResults(generations, [
    { id: 'sample_0', scored: [true, false, false, false, false, false, false, false, false, false] },
    { id: 'sample_1', scored: [true, true] },
  ]);
  assert.deepEqual(Object.keys(results.raw_generations), ['sample_1', 'sample_0']);
  assert.deepEqual(Object.keys(results.raw_scored_generations), ['sample_0', 'sample_1']);
  assert.ok(Math.abs(results.pass_at_1 - 55) < 1e-12);
  // sample_0: 1 - C(9,5)/C(10,5) = 0.5; sample_1: n - c = 0 < 5 gives 1.
  assert.ok(Math.abs(results.pass_at_5 - 75) < 1e-12);
});

test('scoreSemantic: equality, a failing prediction, a failing expected output', () => {
  const interp = scriptedInterpreter();
  assert.deepEqual(scoreSemantic(interp, sample, '3'), { correct: true });
  assert.deepEqual(scoreSemantic(interp, sample, '4'), { correct: false });
  assert.deepEqual(scoreSemantic(interp, sample, 'nope'), {
    correct: false,
    reason: "prediction failed: NameError: name 'nope' is not defined",
  });
  assert.deepEqual(scoreSemantic(interp, { ...sample, output: 'bad' }, '3'), {
    correct: false,
    reason: 'expected output failed (cruxeval.jsonl:10): SyntaxError: invalid syntax',
  });
});
