// Planted errors in true traces of CRUXEval programs: each is reported at the planted line with its kind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  lineExactly,
  traceLines,
  truncatedAfter,
  withLineInserted,
  withLineRemoved,
  withLineReplaced,
} from './plant.ts';
import { realTrace } from './real-traces.ts';

/** The true text up to (not including) `line`, then `rest`. */
function replaceFrom(text: string, line: number, rest: string[]): string {
  return truncatedAfter(text, line - 1) + rest.map((l) => `${l}\n`).join('');
}

test('a wrong value in an eval line: the operation it reduced (str.replace), and recovery', async () => {
  const t = await realTrace('sample_319');
  const line = lineExactly(t.text, "eval 'xxxaxaaxx'");
  const { diagnosis, details } = t.diagnose(withLineReplaced(t.text, line, "  eval 'xxxaaxaxx'"));
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'str.replace',
    expected: "eval 'xxxaxaaxx'",
    got: "eval 'xxxaaxaxx'",
  });
  assert.equal(details.cause, 'value');
  // The next step binds the true value again: the slip stayed inside one rewrite.
  assert.equal(diagnosis.recovered, true);
  assert.equal(diagnosis.final_answer_correct, true);
});

test('a wrong slice and a wrong len are named by their operation', async () => {
  const t = await realTrace('sample_12');
  const slice = lineExactly(t.text, "eval 'If you' == x and count < len(s) - len(x)");
  const sliced = t.diagnose(
    withLineReplaced(t.text, slice, "  eval 'If yo' == x and count < len(s) - len(x)"),
  );
  assert.equal(sliced.diagnosis.first_divergence?.line, slice);
  assert.equal(sliced.diagnosis.first_divergence?.kind, 'slice');
  const len = lineExactly(
    t.text,
    "eval 'If you want to live a happy life! Daniel'[:6] == x and count < len(s) - len(x)",
  );
  const counted = t.diagnose(
    withLineReplaced(
      t.text,
      len,
      "  eval 'If you want to live a happy life! Daniel'[:5] == x and count < len(s) - len(x)",
    ),
  );
  assert.deepEqual(
    [counted.diagnosis.first_divergence?.line, counted.diagnosis.first_divergence?.kind],
    [len, 'len'],
  );
});

test('a wrong branch direction is a branch divergence; the answer goes wrong', async () => {
  const t = await realTrace('sample_13');
  const line = lineExactly(t.text, 'branch False -> else');
  const model = replaceFrom(t.text, line, [
    '  branch True -> then',
    'L6 numberOfNames += 1',
    '  eval 2 + 1',
    '  eval 3',
    '  set numberOfNames = 3',
    'L4 for i in names:',
    '  iter done',
    'L7 return numberOfNames',
    '  return 3',
    'RESULT: 3',
  ]);
  const { diagnosis, details } = t.diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'branch',
    expected: 'branch False -> else',
    got: 'branch True -> then',
  });
  assert.equal(details.cause, 'value');
  assert.equal(diagnosis.recovered, false);
  assert.equal(diagnosis.predicted_output, '3');
  assert.equal(diagnosis.correct_output, '2');
  assert.equal(diagnosis.final_answer_correct, false);
});

test('a while loop stopped one iteration early is a loop-condition divergence', async () => {
  const t = await realTrace('sample_319');
  const lines = traceLines(t.text);
  const line = lines.findIndex((l, i) => l.trim() === 'branch True -> loop' && i > 40) + 1;
  const model = replaceFrom(t.text, line, [
    '  branch False -> exit',
    'L6 return count',
    '  return 3',
    'RESULT: 3',
  ]);
  const { diagnosis } = t.diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'loop condition',
    expected: 'branch True -> loop',
    got: 'branch False -> exit',
  });
  assert.equal(diagnosis.final_answer_correct, false);
});

test('a for loop run once too often is a loop-iteration divergence', async () => {
  const t = await realTrace('sample_13');
  const line = lineExactly(t.text, 'iter done');
  const model = replaceFrom(t.text, line, [
    "  iter 4: i = 'Mike'",
    'L5 if i.isalpha():',
    "  eval 'Mike'.isalpha()",
    '  eval True',
    '  branch True -> then',
    'L6 numberOfNames += 1',
    '  eval 2 + 1',
    '  eval 3',
    '  set numberOfNames = 3',
    'L4 for i in names:',
    '  iter done',
    'L7 return numberOfNames',
    '  return 3',
    'RESULT: 3',
  ]);
  const { diagnosis } = t.diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'loop iteration',
    expected: 'iter done',
    got: "iter 4: i = 'Mike'",
  });
});

test('a skipped step is reported where the model went on, with the skipped operation', async () => {
  const t = await realTrace('sample_13');
  const line = lineExactly(t.text, 'eval 3');
  const { diagnosis, details } = t.diagnose(withLineRemoved(t.text, line));
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'len',
    expected: 'eval 3',
    got: 'set count = 3',
  });
  assert.equal(details.cause, 'skipped');
  assert.equal(diagnosis.recovered, true);
  assert.equal(diagnosis.final_answer_correct, true);
});

test('an extra step is reported at its own line', async () => {
  const t = await realTrace('sample_0');
  const line = lineExactly(t.text, 'state output = [(4, 1)]');
  const { diagnosis, details } = t.diagnose(withLineInserted(t.text, line, '  eval None'));
  assert.deepEqual(diagnosis.first_divergence, {
    line,
    kind: 'state',
    expected: 'state output = [(4, 1)]',
    got: 'eval None',
  });
  assert.equal(details.cause, 'extra');
  assert.equal(diagnosis.recovered, true);
});

test('a truncated trace is reported as truncated after its last line', async () => {
  const t = await realTrace('sample_0');
  const { diagnosis } = t.diagnose(truncatedAfter(t.text, 30));
  assert.deepEqual(diagnosis.first_divergence, {
    line: 31,
    kind: 'truncated',
    expected: traceLines(t.text)[30].trim(),
    got: null,
  });
  assert.equal(diagnosis.truncated, true);
  assert.equal(diagnosis.predicted_output, null);
  assert.equal(diagnosis.final_answer_correct, false);
});

test('garbage lines are reported as malformed; the first one is the divergence', async () => {
  const t = await realTrace('sample_4');
  const line = lineExactly(t.text, "eval ' ' + '          '");
  const model = withLineInserted(
    withLineInserted(t.text, line, 'so s becomes a lot of spaces'),
    3,
    '>>> hmm',
  );
  const { diagnosis } = t.diagnose(model);
  assert.deepEqual(diagnosis.first_divergence, {
    line: 3,
    kind: 'malformed',
    expected: traceLines(t.text)[2].trim(),
    got: '>>> hmm',
  });
  assert.deepEqual(diagnosis.malformed_lines, [
    { line: 3, text: '>>> hmm' },
    { line: line + 1, text: 'so s becomes a lot of spaces' },
  ]);
  assert.equal(diagnosis.recovered, true);
  assert.equal(diagnosis.final_answer_correct, true);
});

test('a wrong join result and a wrong RESULT line', async () => {
  const t = await realTrace('sample_4');
  const join = lineExactly(t.text, "eval ' ' + '          '");
  const joined = t.diagnose(withLineReplaced(t.text, join, "  eval ' ' + '         '"));
  assert.equal(joined.diagnosis.first_divergence?.kind, 'str.join');
  assert.equal(joined.diagnosis.first_divergence?.line, join);
  const result = lineExactly(t.text, "RESULT: '           '");
  const answered = t.diagnose(withLineReplaced(t.text, result, "RESULT: '          '"));
  assert.deepEqual(answered.diagnosis.first_divergence, {
    line: result,
    kind: 'result',
    expected: "RESULT: '           '",
    got: "RESULT: '          '",
  });
  assert.equal(answered.diagnosis.final_answer_correct, false);
  assert.equal(answered.diagnosis.recovered, false);
});
