// parseTrace on hand-written traces: typed steps, derived line/depth, the answer, and malformed lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTrace } from '../../interpreter/tracer/parse-trace.ts';
import { renderTraceText, type TraceDocument } from '../../interpreter/tracer/document.ts';
import type { Step } from '../../interpreter/tracer/steps.ts';

const SIMPLE = `# etcot-trace v1 granularity=op
call f(n=2)
L2 total = 0
  set total = 0
L3 for i in range(n):
  eval range(2)
  eval range(0, 2)
  iter 1: i = 0
L4 total += g(i)
  call g(x=0)
  L7 return x * 10
    eval 0 * 10
    eval 0
    return 0
  eval 0 + 0
  eval 0
  set total = 0
L3 for i in range(n):
  iter done
L5 return total
  return 0
RESULT: 0
`;

test('a complete trace: header, every step typed, line and depth derived, answer', () => {
  const parsed = parseTrace(SIMPLE);
  assert.equal(parsed.version, 'v1');
  assert.equal(parsed.granularity, 'op');
  assert.deepEqual(parsed.malformed, []);
  assert.equal(parsed.answer, '0');
  assert.equal(parsed.resultLineNumber, 22);
  assert.deepEqual(
    parsed.stepLineNumbers,
    [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
  );
  assert.deepEqual(parsed.result, { kind: 'value', repr: '0' });
  assert.equal(parsed.truncatedAfter, null);
  const rows = parsed.steps.map((s) => [s.kind, s.line, s.depth, s.text, s.value ?? null]);
  assert.deepEqual(rows, [
    ['call', 0, 0, 'f(n=2)', null],
    ['line', 2, 0, 'total = 0', null],
    ['set', 2, 0, 'total = 0', '0'],
    ['line', 3, 0, 'for i in range(n):', null],
    ['eval', 3, 0, 'range(2)', null],
    ['eval', 3, 0, 'range(0, 2)', null],
    ['iter', 3, 0, '1: i = 0', '0'],
    ['line', 4, 0, 'total += g(i)', null],
    ['call', 4, 0, 'g(x=0)', null],
    ['line', 7, 1, 'return x * 10', null],
    ['eval', 7, 1, '0 * 10', null],
    ['eval', 7, 1, '0', null],
    ['return', 7, 1, '0', '0'],
    ['eval', 4, 0, '0 + 0', null],
    ['eval', 4, 0, '0', null],
    ['set', 4, 0, 'total = 0', '0'],
    ['line', 3, 0, 'for i in range(n):', null],
    ['iter', 3, 0, 'done', null],
    ['line', 5, 0, 'return total', null],
    ['return', 5, 0, '0', '0'],
  ]);
});

test('indentation is ignored: a flattened trace parses to the same steps', () => {
  const flat = SIMPLE.split('\n')
    .map((l) => l.trimStart())
    .join('\n');
  const tabbed = SIMPLE.split('\n')
    .map((l, i) => (i % 2 === 0 ? `\t\t${l.trim()}` : `      ${l.trim()}`))
    .join('\n');
  assert.deepEqual(parseTrace(flat).steps, parseTrace(SIMPLE).steps);
  assert.deepEqual(parseTrace(tabbed).steps, parseTrace(SIMPLE).steps);
});

test('no header: version and granularity unknown, steps still read', () => {
  const parsed = parseTrace('call f(x=1)\nL2 return x\n  return 1\nRESULT: 1\n');
  assert.equal(parsed.version, null);
  assert.equal(parsed.granularity, null);
  assert.equal(parsed.steps.length, 3);
  assert.equal(parsed.answer, '1');
});

test('an exception result and the exception step kinds', () => {
  const text = [
    'call f(s="x")',
    'L2 return int(s)',
    "  eval int('x')",
    "  raise ValueError: invalid literal for int() with base 10: 'x'",
    "  unwind ValueError: invalid literal for int() with base 10: 'x'",
    "RESULT: !! ValueError: invalid literal for int() with base 10: 'x'",
  ].join('\n');
  const parsed = parseTrace(text);
  assert.deepEqual(parsed.malformed, []);
  assert.deepEqual(parsed.result, {
    kind: 'error',
    type: 'ValueError',
    message: "invalid literal for int() with base 10: 'x'",
  });
  assert.equal(parsed.answer, "!! ValueError: invalid literal for int() with base 10: 'x'");
  assert.deepEqual(
    parsed.steps.map((s) => [s.kind, s.depth, s.value ?? null]),
    [
      ['call', 0, null],
      ['line', 0, null],
      ['eval', 0, null],
      ['raise', 0, "ValueError: invalid literal for int() with base 10: 'x'"],
      ['unwind', 0, "ValueError: invalid literal for int() with base 10: 'x'"],
    ],
  );
  assert.deepEqual(parseTrace('RESULT: !! KeyError').result, {
    kind: 'error',
    type: 'KeyError',
    message: '',
  });
});

test('prose, unknown keywords and broken payloads are reported with 1-based line numbers', () => {
  const text = [
    'Let me trace this step by step.', // 1
    'call f(x=1)', // 2
    'L2 y = {x: 1}', // 3
    '  set y', // 4
    '  set y = {1: 1}', // 5
    '  iter x = 3', // 6
    '  branch maybe -> then', // 7
    '  frobnicate 3', // 8
    '  eval [1, 2', // 9
    "  return 'abc", // 10
    '  raise 42', // 11
    '  eval', // 12
    'RESULT: {1: 1}', // 13
    'So the answer is {1: 1}.', // 14
  ].join('\n');
  const parsed = parseTrace(text);
  assert.deepEqual(
    parsed.malformed.map((m) => [m.line, m.reason]),
    [
      [1, 'not a trace step'],
      [4, 'expected "target = value"'],
      [6, 'expected "N: target = value" or "done" after iter'],
      [7, 'expected "True|False -> then|else|loop|exit|keep|skip" after branch'],
      [8, 'not a trace step'],
      [9, 'eval expression: unclosed "["'],
      [10, 'return value: unclosed string starting at column 1'],
      [11, 'expected "Type: message" after raise'],
      [12, 'empty eval step'],
      [14, 'step after the RESULT line'],
    ],
  );
  assert.equal(parsed.malformed[0].text, 'Let me trace this step by step.');
  assert.deepEqual(
    parsed.steps.map((s) => s.kind),
    ['call', 'line', 'set'],
  );
  assert.equal(parsed.answer, '{1: 1}');
});

test('set splits at the first top-level " = ", not inside strings or brackets', () => {
  const parsed = parseTrace("set d['a = b'] = 'x = y'\nset t[(1, 2)] = {'k': ' = '}\n");
  assert.deepEqual(parsed.malformed, []);
  assert.deepEqual(
    parsed.steps.map((s) => s.value),
    ["'x = y'", "{'k': ' = '}"],
  );
});

test('a truncated trace: marker, true RESULT, and a cut last line', () => {
  const text = 'call f(n=9)\nL2 x = [1, 2, 3]\n  set x = [1, 2, 3]\n... truncated after 3 steps\nRESULT: 6\n';
  const parsed = parseTrace(text);
  assert.equal(parsed.truncatedAfter, 3);
  assert.equal(parsed.answer, '6');
  assert.deepEqual(parsed.malformed, []);
  const cut = parseTrace('call f(n=9)\nL2 x = [1, 2, 3]\n  set x = [1, 2');
  assert.equal(cut.result, null);
  assert.equal(cut.answer, null);
  assert.deepEqual(
    cut.malformed.map((m) => [m.line, m.reason]),
    [[3, 'set value: unclosed "["']],
  );
});

test('two RESULT lines: the last one is the answer and the first is reported', () => {
  const parsed = parseTrace('RESULT: 1\nRESULT: 2\n');
  assert.equal(parsed.answer, '2');
  assert.equal(parsed.resultLineNumber, 2);
  assert.deepEqual(
    parsed.malformed.map((m) => [m.line, m.reason]),
    [[1, 'RESULT line followed by another RESULT line']],
  );
});

test('depth: generators resume and yield, unwinding closes frames, never below zero', () => {
  const text = [
    'call f()', // depth 0
    'L2 return list(g())', // 0
    'call g()', // 0, opens frame
    'L5 yield 1', // 1
    'yield 1', // 1, closes
    'resume g', // 0, opens
    'return None', // 1, closes
    'eval [1]', // 0
    'return [1]', // 0
    'return [1]', // 0 (extra return: clamped)
    'L9 x = 1', // 0
  ].join('\n');
  assert.deepEqual(
    parseTrace(text).steps.map((s) => [s.kind, s.depth, s.line]),
    [
      ['call', 0, 0],
      ['line', 0, 2],
      ['call', 0, 2],
      ['line', 1, 5],
      ['yield', 1, 5],
      ['resume', 0, 2],
      ['return', 1, 0],
      ['eval', 0, 2],
      ['return', 0, 2],
      ['return', 0, 0],
      ['line', 0, 9],
    ],
  );
});

test('header problems and comments', () => {
  const parsed = parseTrace('# etcot-trace v1 granularity=huge\n# a comment\nL1 pass\n# etcot-trace v1\n');
  assert.equal(parsed.version, 'v1');
  assert.equal(parsed.granularity, null);
  assert.deepEqual(
    parsed.malformed.map((m) => [m.line, m.reason]),
    [
      [1, 'unknown granularity "huge"'],
      [4, 'header line after the start of the trace'],
    ],
  );
  assert.deepEqual(
    parseTrace('# etcot-trace banana\n').malformed[0].reason,
    'header without a version like v1',
  );
});

test('never throws on odd inputs', () => {
  const inputs: unknown[] = [
    '',
    '\n\n',
    '\r\nRESULT: 1\r\n',
    'L',
    'L12',
    'RESULT:',
    '... truncated after x steps',
    '\u0000',
  ];
  inputs.push(undefined, null, 42);
  const answers = inputs.map((input) => parseTrace(input as string).answer);
  assert.deepEqual(answers, [null, null, '1', null, null, null, null, null, null, null, null]);
  assert.deepEqual(parseTrace('L12').steps, [{ kind: 'line', line: 12, depth: 0, text: '' }]);
});

test('round trip: render then parse gives back the same document', () => {
  const steps: Step[] = parseTrace(SIMPLE).steps;
  const doc: TraceDocument = {
    version: 'v1',
    granularity: 'expr',
    steps,
    truncatedAfter: 20,
    result: { kind: 'error', type: 'KeyError', message: "'a'" },
  };
  const text = renderTraceText(doc);
  const back = parseTrace(text);
  assert.deepEqual(
    {
      version: back.version,
      granularity: back.granularity,
      steps: back.steps,
      truncatedAfter: back.truncatedAfter,
      result: back.result,
    },
    doc,
  );
  assert.equal(back.answer, "!! KeyError: 'a'");
  assert.equal(renderTraceText(back), text);
});
