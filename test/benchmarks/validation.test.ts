import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchmarkFormatError, loadCruxeval, loadCustom, loadLcbExecution } from '../../benchmarks/index.ts';
import type { Sample } from '../../benchmarks/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'etcot-validate-'));
let counter = 0;

/** Writes `lines` to a fresh `data.jsonl` and returns its path. */
function jsonl(lines: string[]): string {
  const file = join(dir, `${counter++}-data.jsonl`);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return file;
}

const good = '{"id": "a", "code": "def f(x): return x", "input": "1", "output": "1"}';

function expectError(
  load: (file: string) => Sample[],
  lines: string[],
  message: (file: string) => string,
  field?: string,
) {
  const file = jsonl(lines);
  assert.throws(
    () => load(file),
    (error: unknown) => {
      assert.ok(error instanceof BenchmarkFormatError);
      assert.equal(error.message, message(file));
      assert.equal(error.file, file);
      assert.equal(error.field, field);
      return true;
    },
  );
}

test('a field of the wrong type names file, line and field', () => {
  expectError(
    loadCruxeval,
    [good, good.replace('"a"', '"b"'), '{"id": "c", "code": "x", "input": "1", "output": 1}'],
    (f) => `${f}:3: field "output" must be a string, got number`,
    'output',
  );
});

test('a missing field', () => {
  expectError(
    loadCruxeval,
    ['{"id": "a", "code": "x", "output": "1"}'],
    (f) => `${f}:1: missing field "input"`,
    'input',
  );
});

test('an empty field', () => {
  expectError(
    loadCruxeval,
    ['{"id": "a", "code": "  ", "input": "1", "output": "1"}'],
    (f) => `${f}:1: field "code" must not be empty`,
    'code',
  );
});

test('invalid JSON names the line', () => {
  const bad = '{"id": "a", "code": ';
  let parserMessage = '';
  try {
    JSON.parse(bad);
  } catch (error) {
    parserMessage = (error as Error).message;
  }
  expectError(loadCruxeval, [good, '', bad], (f) => `${f}:3: invalid JSON: ${parserMessage}`);
});

test('a record that is not an object', () => {
  expectError(loadCruxeval, ['[1, 2]'], (f) => `${f}:1: record must be a JSON object, got array`);
});

test('duplicate ids name both lines', () => {
  expectError(
    loadCruxeval,
    [good, good.replace('"a"', '"b"'), good],
    (f) => `${f}:3: duplicate id "a" (first at ${f}:1)`,
    'id',
  );
});

test('an empty file', () => {
  expectError(loadCruxeval, ['', '  '], (f) => `${f}: no records`);
});

test('custom: explicit id colliding with a default id, and a non-string id', () => {
  const rec = (extra: string) => `{${extra}"code": "def g(): return 1", "call": "g()", "output": "1"}`;
  expectError(
    loadCustom,
    [rec(''), rec('"id": "line_1", ')],
    (f) => `${f}:2: duplicate id "line_1" (first at ${f}:1)`,
    'id',
  );
  expectError(loadCustom, [rec('"id": 7, ')], (f) => `${f}:1: field "id" must be a string, got number`, 'id');
  expectError(loadCustom, ['{"code": "x", "output": "1"}'], (f) => `${f}:1: missing field "call"`, 'call');
});

test('LiveCodeBench: bad date, bad numsteps, wrong-typed extra field', () => {
  const rec = (over: Record<string, unknown>) =>
    JSON.stringify({
      id: 's',
      code: 'def f(): return 1',
      input: 'f()',
      output: '1',
      difficulty: 'easy',
      contest_date: '2023-05-21T00:00:00',
      ...over,
    });
  expectError(
    loadLcbExecution,
    [rec({ contest_date: 'May 2023' })],
    (f) => `${f}:1: field "contest_date" must be an ISO date, got "May 2023"`,
    'contest_date',
  );
  expectError(
    loadLcbExecution,
    [rec({ numsteps: 1.5 })],
    (f) => `${f}:1: field "numsteps" must be an integer, got number`,
    'numsteps',
  );
  expectError(
    loadLcbExecution,
    [rec({ question_id: 12 })],
    (f) => `${f}:1: field "question_id" must be a string, got number`,
    'question_id',
  );
  expectError(
    loadLcbExecution,
    [rec({ difficulty: null })],
    (f) => `${f}:1: field "difficulty" must be a string, got null`,
    'difficulty',
  );
});

test('LiveCodeBench JSON array: errors name the element', () => {
  const file = join(dir, 'array.json');
  writeFileSync(file, JSON.stringify([{ id: 's', code: 'x', input: 'f()', output: 3 }]));
  assert.throws(() => loadLcbExecution(file), {
    message: `${file}[0]: field "output" must be a string, got number`,
  });
  writeFileSync(file, '[{"id": ');
  assert.throws(
    () => loadLcbExecution(file),
    (e: unknown) => e instanceof BenchmarkFormatError && e.message.startsWith(`${file}: invalid JSON: `),
  );
});
