// `etcot verify`: reproduces each sample's expected output exactly, lists mismatches, exit code 0 only if
// all match. Runs against small CRUXEval-format files so the test stays fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../../harness/commands/verify.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function etcot(args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'bin', 'etcot.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

function cruxFile(rows: { id: string; code: string; input: string; output: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'etcot-verify-'));
  const file = join(dir, 'cruxeval.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

const good = [
  { id: 'sample_0', code: 'def f(a):\n    return sorted(a)', input: '[3, 1, 2]', output: '[1, 2, 3]' },
  { id: 'sample_1', code: 'def f(s):\n    return s.upper(), len(s)', input: "'ab'", output: "('AB', 2)" },
];

test('all samples reproduced: summary line and exit code 0', () => {
  const r = etcot(['verify', '--benchmark', 'cruxeval-o', '--data', cruxFile(good)]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^cruxeval-o: 2\/2 reproduced exactly \(100\.00%\) in \d+\.\d\d s\n$/);
});

test('mismatches and errors are listed, exit code 1', () => {
  const rows = [
    ...good,
    { id: 'sample_2', code: 'def f(x):\n    return x * 2', input: '2', output: '5' },
    { id: 'sample_3', code: 'def f(x):\n    return x[9]', input: '[]', output: '0' },
  ];
  const r = etcot(['verify', '--benchmark', 'cruxeval-o', '--data', cruxFile(rows)]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 2), [
    'sample_2: expected 5 got 4',
    'sample_3: expected 0 got error IndexError: list index out of range',
  ]);
  assert.match(lines[2]!, /^cruxeval-o: 2\/4 reproduced exactly \(50\.00%\) in \d+\.\d\d s$/);
});

test('lcb-execution samples carry the whole call as input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etcot-verify-lcb-'));
  const file = join(dir, 'lcb.jsonl');
  const record = {
    id: 'lcb_0',
    code: 'class Solution:\n    def total(self, nums: list) -> int:\n        return sum(nums)\ndef total(nums):\n    return Solution().total(nums)',
    input: 'total(nums = [1, 2, 3])',
    output: '6',
    difficulty: 'easy',
    contest_date: '2023-05-13T00:00:00',
  };
  writeFileSync(file, JSON.stringify(record) + '\n');
  const r = etcot(['verify', '--benchmark', 'lcb-execution', '--data', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^lcb-execution: 1\/1 reproduced exactly \(100\.00%\) in \d+\.\d\d s\n$/);
});

test('an unknown benchmark is a usage error', () => {
  const r = etcot(['verify', '--benchmark', 'humaneval']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--benchmark must be cruxeval-o or lcb-execution/);
});

test('formatReport prints one line per mismatch and the summary', () => {
  const text = formatReport('lcb-execution', {
    total: 3,
    matched: 2,
    seconds: 0.5,
    mismatches: [{ id: 'x', expected: "'a'", got: "'b'", error: null }],
  });
  assert.equal(text, "x: expected 'a' got 'b'\nlcb-execution: 2/3 reproduced exactly (66.67%) in 0.50 s");
});
