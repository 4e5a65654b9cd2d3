// `etcot exec`: JSONL records in, one JSONL result line per record out; bad records never stop the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execRecord } from '../../harness/commands/exec.ts';
import { loadInterpreter } from '../../interpreter/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function etcot(args: string[], input?: string) {
  return spawnSync(process.execPath, [join(repoRoot, 'bin', 'etcot.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    input,
  });
}

const records = [
  JSON.stringify({ id: 'a', code: 'def f(x, y):\n    return x + y', call: 'f(1, [2][0])' }),
  'this is not json',
  JSON.stringify({ id: 7, code: 'def f():\n    raise ValueError("bad value")', call: 'f()' }),
  JSON.stringify({ id: 'c', code: 'def f():\n    print("ignored")\n    return "s"', call: 'f()' }),
  '',
  JSON.stringify({ id: 'd', code: 'x = 1' }),
  JSON.stringify({ id: 'e', code: 'def f():\n    while True:\n        pass', call: 'f()' }),
];

test('etcot exec FILE writes one result line per record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etcot-exec-'));
  const file = join(dir, 'records.jsonl');
  writeFileSync(file, records.join('\n') + '\n');
  const r = etcot(['exec', file, '--max-steps', '1000']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l)),
    [
      { id: 'a', output: '3', error: null },
      {
        id: null,
        output: null,
        error: 'line 2: invalid JSON: Unexpected token \'h\', "this is not json" is not valid JSON',
      },
      { id: 7, output: null, error: 'ValueError: bad value' },
      { id: 'c', output: "'s'", error: null },
      { id: 'd', output: null, error: 'line 6: missing "call"' },
      { id: 'e', output: null, error: 'TimeoutError: step limit of 1000 exceeded' },
    ],
  );
});

test('etcot exec - reads stdin; bad options are usage errors', () => {
  const r = etcot(['exec', '-', '--max-depth', '50'], records[0] + '\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '{"id":"a","output":"3","error":null}\n');
  const bad = etcot(['exec', '-', '--max-steps', 'many'], '');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--max-steps must be a positive integer/);
});

test('execRecord reports ill-typed fields by name', async () => {
  const py = await loadInterpreter();
  assert.deepEqual(execRecord(py, JSON.stringify({ id: ['x'], code: 1, call: 'f()' }), 4, {}), {
    id: null,
    output: null,
    error: 'line 4: "id" must be a string or number, "code" must be a string',
  });
  assert.deepEqual(execRecord(py, '[1, 2]', 1, {}), {
    id: null,
    output: null,
    error: 'line 1: a record must be a JSON object',
  });
});
