// `etcot trace` end to end, as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GOLDEN_DIR } from './golden-programs.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const program = `${GOLDEN_DIR}recursion_fib.py`;

function etcot(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/etcot.js', 'trace', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('text output is the golden trace; --json carries the same steps and the output', () => {
  const text = etcot(['--code', program, '--call', 'f(4)']);
  assert.equal(text.status, 0);
  assert.equal(text.stdout, readFileSync(`${GOLDEN_DIR}recursion_fib.trace`, 'utf8'));
  const json = etcot([
    '--code',
    program,
    '--call',
    'f(2)',
    '--json',
    '--granularity',
    'line',
    '--max-steps',
    '4',
  ]);
  assert.equal(json.status, 0);
  const parsed = JSON.parse(json.stdout) as Record<string, unknown>;
  assert.deepEqual(parsed, {
    version: 'v1',
    granularity: 'line',
    steps: [
      { kind: 'call', line: 0, depth: 0, text: 'f(n=2)' },
      { kind: 'line', line: 3, depth: 0, text: 'if n < 2:' },
      { kind: 'branch', line: 3, depth: 0, text: 'False -> else', value: 'False' },
      { kind: 'line', line: 5, depth: 0, text: 'return f(n - 1) + f(n - 2)' },
    ],
    output: '1',
    error: null,
    truncatedAfter: 4,
    stdout: '',
  });
});

test('bad arguments exit 2 with a usage message', () => {
  const r = etcot(['--code', program, '--call', 'f(1)', '--granularity', 'fine']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--granularity must be one of op, expr, line, not "fine"/);
});
