import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCruxeval, loadCustom, loadLcbExecution, resolveBenchmark } from '../../benchmarks/index.ts';

const CRUXEVAL = '../shared/data/cruxeval/cruxeval.jsonl';

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'etcot-bench-')), name);
  writeFileSync(file, text);
  return file;
}

const lcbRecord = (overrides: Record<string, unknown> = {}) => ({
  question_id: '2777',
  contest_id: 'weekly-contest-346',
  contest_date: '2023-05-21T00:00:00',
  difficulty: 'easy',
  function_name: 'minLength',
  code: 'def minLength(s):\n    return len(s)',
  input: "minLength(s = 'ab')",
  output: '2',
  id: 'sample_0',
  problem_id: '2777_0',
  numsteps: 502,
  ...overrides,
});

test('CRUXEval from ../shared/data: 800 samples, sample_0 exactly', () => {
  const samples = loadCruxeval(CRUXEVAL);
  assert.equal(samples.length, 800);
  assert.deepEqual(samples[0], {
    id: 'sample_0',
    benchmark: 'cruxeval-o',
    code:
      'def f(nums):\n    output = []\n    for n in nums:\n        output.append((nums.count(n), n))\n' +
      '    output.sort(reverse=True)\n    return output',
    call: 'f([1, 1, 3, 1, 3, 1])',
    output: '[(4, 1), (4, 1), (4, 1), (4, 1), (2, 3), (2, 3)]',
    origin: `${CRUXEVAL}:1`,
  });
  assert.equal(samples[799].id, 'sample_799');
  assert.equal(samples[799].origin, `${CRUXEVAL}:800`);
});

test('resolveBenchmark finds CRUXEval in the shared data folder', async () => {
  const resolved = await resolveBenchmark({ benchmark: 'cruxeval-o', cacheDir: '/nonexistent' });
  assert.equal(resolved.source, 'shared');
  assert.equal(resolved.samples.length, 800);
  assert.match(resolved.path, /shared\/data\/cruxeval\/cruxeval\.jsonl$/);
});

test('resolveBenchmark prefers --data', async () => {
  const file = tempFile('mine.jsonl', '{"code": "def f(x): return x", "call": "f(1)", "output": "1"}\n');
  const resolved = await resolveBenchmark({ benchmark: 'custom', data: file });
  assert.deepEqual(
    { source: resolved.source, ids: resolved.samples.map((s) => s.id) },
    { source: 'data', ids: ['line_1'] },
  );
});

test('resolveBenchmark: custom without --data and a missing --data file are clear errors', async () => {
  await assert.rejects(resolveBenchmark({ benchmark: 'custom' }), {
    name: 'BenchmarkUnavailableError',
    message: 'benchmark "custom" needs --data PATH',
  });
  await assert.rejects(resolveBenchmark({ benchmark: 'cruxeval-o', data: '/nonexistent/x.jsonl' }), {
    name: 'BenchmarkUnavailableError',
    message: '--data /nonexistent/x.jsonl: no such file',
  });
});

test('LiveCodeBench JSONL: call is the input, date part of contest_date kept', () => {
  const file = tempFile(
    'lcb.jsonl',
    `${JSON.stringify(lcbRecord())}\n\n${JSON.stringify(lcbRecord({ id: 'sample_1', difficulty: 'hard', contest_date: '2023-09-02' }))}\n`,
  );
  assert.deepEqual(loadLcbExecution(file), [
    {
      id: 'sample_0',
      benchmark: 'lcb-execution',
      code: 'def minLength(s):\n    return len(s)',
      call: "minLength(s = 'ab')",
      output: '2',
      difficulty: 'easy',
      contestDate: '2023-05-21',
      origin: `${file}:1`,
    },
    {
      id: 'sample_1',
      benchmark: 'lcb-execution',
      code: 'def minLength(s):\n    return len(s)',
      call: "minLength(s = 'ab')",
      output: '2',
      difficulty: 'hard',
      contestDate: '2023-09-02',
      origin: `${file}:3`,
    },
  ]);
});

test('LiveCodeBench as a JSON array', () => {
  const file = tempFile('lcb.json', JSON.stringify([lcbRecord(), lcbRecord({ id: 'sample_1' })], null, 2));
  const samples = loadLcbExecution(file);
  assert.deepEqual(
    samples.map((s) => [s.id, s.origin]),
    [
      ['sample_0', `${file}[0]`],
      ['sample_1', `${file}[1]`],
    ],
  );
});

test('custom JSONL: id defaults to line_<n>, given ids kept', () => {
  const file = tempFile(
    'custom.jsonl',
    '{"code": "def g(a): return a * 2", "call": "g(3)", "output": "6"}\n\n' +
      '{"id": "double", "code": "def g(a): return a * 2", "call": "g(\'x\')", "output": "\'xx\'"}\n',
  );
  assert.deepEqual(loadCustom(file), [
    {
      id: 'line_1',
      benchmark: 'custom',
      code: 'def g(a): return a * 2',
      call: 'g(3)',
      output: '6',
      origin: `${file}:1`,
    },
    {
      id: 'double',
      benchmark: 'custom',
      code: 'def g(a): return a * 2',
      call: "g('x')",
      output: "'xx'",
      origin: `${file}:3`,
    },
  ]);
});

test('a byte-order mark and CRLF line ends are accepted', () => {
  const file = tempFile('bom.jsonl', '\uFEFF{"code": "def g(): return 1", "call": "g()", "output": "1"}\r\n');
  assert.deepEqual(
    loadCustom(file).map((s) => [s.id, s.output]),
    [['line_1', '1']],
  );
});
