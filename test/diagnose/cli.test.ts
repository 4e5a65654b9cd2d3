// `etcot diagnose` end to end through bin/etcot.js: the text output against a golden file (UPDATE_GOLDEN=1
// rewrites it), the exact JSON shape, and argument errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { run } from '../../harness/commands/diagnose.ts';
import { TEST_OUTPUT_DIR } from './browser.ts';
import { lineExactly, withLineReplaced } from './plant.ts';
import { realTrace } from './real-traces.ts';

const exec = promisify(execFile);
const REPO_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const GOLDEN = path.join(REPO_ROOT, 'test/golden/diagnose/sample_13-wrong-branch.txt');

async function etcot(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', ['bin/etcot.js', 'diagnose', ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** sample_13's true trace with its last branch flipped, written as a model response file. */
async function fixtureFiles(): Promise<{ code: string; trace: string; call: string; line: number }> {
  const t = await realTrace('sample_13');
  const line = lineExactly(t.text, 'branch False -> else');
  const dir = path.join(TEST_OUTPUT_DIR, 'diagnose-cli');
  mkdirSync(dir, { recursive: true });
  const code = path.join(dir, 'sample_13.py');
  const trace = path.join(dir, 'sample_13.trace.txt');
  writeFileSync(code, t.sample.code);
  writeFileSync(trace, withLineReplaced(t.text, line, '  branch True -> then'));
  return { code, trace, call: t.sample.call, line };
}

test('text output matches the golden file, JSON output has exactly the documented shape', async () => {
  const files = await fixtureFiles();
  const args = ['--code', files.code, '--call', files.call, '--trace', files.trace];
  const [text, json] = await Promise.all([etcot(args), etcot([...args, '--json'])]);
  assert.equal(text.stderr, '');
  assert.equal(text.code, 0);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(GOLDEN), { recursive: true });
    writeFileSync(GOLDEN, text.stdout);
  }
  assert.ok(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 to write it`);
  assert.equal(text.stdout, readFileSync(GOLDEN, 'utf8'));
  assert.equal(json.code, 0);
  assert.deepEqual(JSON.parse(json.stdout), {
    consistent: false,
    predicted_output: '2',
    correct_output: '2',
    first_divergence: {
      line: files.line,
      kind: 'branch',
      expected: 'branch False -> else',
      got: 'branch True -> then',
    },
    // Everything after the flipped branch is the true execution again.
    recovered: true,
    final_answer_correct: true,
    truncated: false,
    malformed_lines: [],
  });
});

test('bad arguments are usage errors', async () => {
  await assert.rejects(run(['--code', 'x.py']), {
    name: 'UsageError',
    message: 'give --code FILE, --call EXPR and --trace FILE, or --run DIR',
  });
  await assert.rejects(run(['--run', 'r', '--trace', 't']), {
    name: 'UsageError',
    message: '--run excludes --code, --call and --trace',
  });
});
