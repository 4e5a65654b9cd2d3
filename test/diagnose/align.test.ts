// Alignment on hand-written traces in the tracer's text format (no interpreter needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnoseAgainst, type DiagnosisOutcome } from '../../harness/diagnose/diagnose.ts';
import { readDiagTrace } from '../../harness/diagnose/tracer-adapter.ts';
import { TRUE_TRACE } from './hand-traces.ts';
import {
  changeValue,
  lineExactly,
  lineStarting,
  traceLines,
  truncatedAfter,
  withLineInserted,
  withLineRemoved,
  withLineReplaced,
} from './plant.ts';

const tools = { parse: readDiagTrace, sameValue: (a: string, b: string) => a === b };

function diagnose(model: string): DiagnosisOutcome {
  return diagnoseAgainst(readDiagTrace(TRUE_TRACE), TRUE_TRACE, model, tools);
}

test('each step is named by the operation it performed', () => {
  const named = readDiagTrace(TRUE_TRACE).steps.map((s) => `${s.traceLine} ${s.op}`);
  assert.deepEqual(named, [
    '2 call',
    '3 statement',
    '4 assignment',
    '5 statement',
    '6 variable read',
    '7 range',
    '8 loop iteration',
    '9 statement',
    '10 variable read',
    '11 >',
    '12 branch',
    '13 statement',
    '14 loop iteration',
    '15 statement',
    '16 variable read',
    '17 >',
    '18 branch',
    '19 statement',
    '20 variable read',
    '21 *',
    '22 +',
    '23 assignment',
    '24 statement',
    '25 loop iteration',
    '26 statement',
    '27 return',
    '28 result',
  ]);
});

test('the true trace is consistent with itself', () => {
  const { diagnosis, details } = diagnose(TRUE_TRACE);
  assert.deepEqual(diagnosis, {
    consistent: true,
    predicted_output: '1',
    correct_output: '1',
    first_divergence: null,
    recovered: false,
    final_answer_correct: true,
    truncated: false,
    malformed_lines: [],
  });
  assert.equal(details.trueSteps, 27);
  assert.equal(details.reachedKinds['loop iteration'], 3);
});

test('a wrong value in an eval line is caught at its line, and the model recovers', () => {
  const line = lineExactly(TRUE_TRACE, 'eval 1');
  const model = withLineReplaced(TRUE_TRACE, line, '  eval 2');
  const { diagnosis, details } = diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, { line, kind: '+', expected: 'eval 1', got: 'eval 2' });
  assert.equal(details.cause, 'value');
  assert.equal(diagnosis.recovered, true);
  assert.equal(diagnosis.final_answer_correct, true);
});

test('a wrong branch direction is a branch divergence; rejoining the true steps is a recovery', () => {
  const line = lineStarting(TRUE_TRACE, 'branch False');
  const model =
    truncatedAfter(TRUE_TRACE, line - 1) +
    '  branch True -> then\nL5 total += i * i\n  eval 0 + 0 * 0\n  eval 0 + 0\n  eval 0\n  set total = 0\n' +
    traceLines(TRUE_TRACE).slice(line).join('\n') +
    '\n';
  const { diagnosis, details } = diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'branch',
    expected: 'branch False -> else',
    got: 'branch True -> then',
  });
  assert.equal(details.cause, 'value');
  assert.equal(diagnosis.recovered, true);
});

test('a skipped step is reported at the line where the next step stands', () => {
  const line = lineStarting(TRUE_TRACE, 'eval 0 + 1 * 1');
  const { diagnosis, details } = diagnose(withLineRemoved(TRUE_TRACE, line));
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'variable read',
    expected: 'eval 0 + 1 * 1',
    got: 'eval 0 + 1',
  });
  assert.equal(details.cause, 'skipped');
  assert.equal(diagnosis.recovered, true);
});

test('an extra step is reported at its own line', () => {
  const line = lineStarting(TRUE_TRACE, 'L6 return total');
  const { diagnosis, details } = diagnose(withLineInserted(TRUE_TRACE, line, '  set total = 1'));
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'statement',
    expected: 'L6 return total',
    got: 'set total = 1',
  });
  assert.equal(details.cause, 'extra');
  assert.equal(diagnosis.recovered, true);
});

test('one loop iteration too many is a loop-iteration divergence without recovery', () => {
  const line = lineStarting(TRUE_TRACE, 'iter done');
  const extra = [
    '  iter 3: i = 2',
    'L4 if i > 0:',
    '  eval 2 > 0',
    '  eval True',
    '  branch True -> then',
    'L5 total += i * i',
    '  eval 1 + 2 * 2',
    '  eval 1 + 4',
    '  eval 5',
    '  set total = 5',
    'L3 for i in range(n):',
    '  iter done',
    'L6 return total',
    '  return 5',
    'RESULT: 5',
  ];
  const model = truncatedAfter(TRUE_TRACE, line - 1) + extra.join('\n') + '\n';
  const { diagnosis } = diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'loop iteration',
    expected: 'iter done',
    got: 'iter 3: i = 2',
  });
  assert.equal(diagnosis.recovered, false);
  assert.equal(diagnosis.predicted_output, '5');
  assert.equal(diagnosis.final_answer_correct, false);
});

test('a truncated trace is reported as truncated after its last line', () => {
  const { diagnosis } = diagnose(truncatedAfter(TRUE_TRACE, 12));
  assert.deepEqual(diagnosis.first_divergence, {
    line: 13,
    kind: 'truncated',
    expected: 'L3 for i in range(n):',
    got: null,
  });
  assert.equal(diagnosis.truncated, true);
  assert.equal(diagnosis.predicted_output, null);
  assert.equal(diagnosis.final_answer_correct, false);
  assert.equal(diagnosis.recovered, false);
});

test('garbage lines are malformed divergences, and reported', () => {
  const model = withLineInserted(withLineInserted(TRUE_TRACE, 20, 'the loop now ends'), 5, '%%%');
  const { diagnosis } = diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line: 5,
    kind: 'malformed',
    expected: 'L3 for i in range(n):',
    got: '%%%',
  });
  assert.deepEqual(diagnosis.malformed_lines, [
    { line: 5, text: '%%%' },
    { line: 21, text: 'the loop now ends' },
  ]);
  assert.equal(diagnosis.recovered, true);
  assert.equal(diagnosis.final_answer_correct, true);
});

test('a response with prose around [TRACE] markers keeps the response line numbers', () => {
  const line = lineStarting(TRUE_TRACE, 'set total = 1');
  const model = `Let me trace it.\n[TRACE]\n${withLineReplaced(TRUE_TRACE, line, '  set total = 2')}[/TRACE]\n[ANSWER] assert f(2) == 1 [/ANSWER]\n`;
  const { diagnosis } = diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line: line + 2,
    kind: 'assignment',
    expected: 'set total = 1',
    got: 'set total = 2',
  });
});

test('every single-line value change is caught at exactly its line', () => {
  const lines = traceLines(TRUE_TRACE);
  let checked = 0;
  for (let n = 1; n <= lines.length; n++) {
    if (lines[n - 1].startsWith('#')) continue;
    const changed = changeValue(lines[n - 1])!;
    const { diagnosis } = diagnose(withLineReplaced(TRUE_TRACE, n, changed));
    assert.equal(diagnosis.consistent, false, `line ${n}: ${changed}`);
    assert.equal(diagnosis.first_divergence?.line, n, `line ${n}: ${changed}`);
    checked++;
  }
  assert.equal(checked, 27);
});
