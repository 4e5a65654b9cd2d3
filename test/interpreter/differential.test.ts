// Differential test: every program in test/corpus must print exactly what CPython 3.11 printed (the
// checked-in .expected files, written by scripts/corpus-expected.ts), including the final uncaught
// exception line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter, type InternalRunOptions } from '../../interpreter/index.ts';
import { TRACE_EVENTS_VERSION } from '../../interpreter/tracer/events.ts';
import {
  corpusDir,
  expectedFromPython,
  expectedText,
  listCorpusPrograms,
  pythonExecutable,
} from '../../scripts/corpus-expected.ts';

const programs = listCorpusPrograms();

// The implementation is imported dynamically, against the contract in api.ts: while interpreter/index.ts
// is missing or mid-edit, each program's test fails with the import error, and the corpus checks below
// still run, instead of the whole file failing to load.
/** `.expected` files whose program was renamed or deleted. */
function orphanExpectedFiles(): string[] {
  const pyPaths = new Set(programs.map((program) => program.expectedPath));
  const orphans: string[] = [];
  for (const folder of readdirSync(corpusDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(corpusDir, folder.name))) {
      const full = join(corpusDir, folder.name, file);
      if (file.endsWith('.expected') && !pyPaths.has(full)) orphans.push(relative(corpusDir, full));
    }
  }
  return orphans;
}

test('the corpus holds at least 300 programs, each with an expected file and 5-40 lines', () => {
  assert.ok(programs.length >= 300, `only ${programs.length} programs`);
  const problems: string[] = [];
  for (const program of programs) {
    if (!existsSync(program.expectedPath)) problems.push(`${program.name}: no .expected file`);
    const lines = readFileSync(program.pyPath, 'utf8').trimEnd().split('\n').length;
    if (lines < 5 || lines > 40) problems.push(`${program.name}: ${lines} lines`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(orphanExpectedFiles(), []);
});

/**
 * Programs we know we get wrong, each with the reason. A listed program must still fail: once it passes,
 * its test fails until the entry is removed, so the list never goes stale.
 */
const knownFailures = JSON.parse(readFileSync(join(corpusDir, 'known-failures.json'), 'utf8')) as Record<
  string,
  string
>;

test('every known failure names a program of the corpus', () => {
  const names = new Set(programs.map((program) => program.name.replace(/\.py$/, '')));
  assert.deepEqual(
    Object.keys(knownFailures).filter((name) => !names.has(name)),
    [],
  );
});

/**
 * Untraced runs execute compiled closures (evaluator/compile-*.ts); traced runs walk the tree. Both must
 * print what CPython printed, so every program runs both ways: with no sink, and with one that drops
 * every event.
 */
const evaluators: { name: string; options: InternalRunOptions }[] = [
  { name: 'compiled', options: {} },
  { name: 'tree-walked', options: { sink: { version: TRACE_EVENTS_VERSION, emit: () => {} } } },
];

for (const program of programs) {
  const reason = knownFailures[program.name.replace(/\.py$/, '')];
  test(`corpus/${program.name}${reason === undefined ? '' : ' (known failure)'}`, async () => {
    const code = readFileSync(program.pyPath, 'utf8');
    const expected = readFileSync(program.expectedPath, 'utf8');
    const py = await loadInterpreter();
    for (const { name, options } of evaluators) {
      let stdout = '';
      const result = py.runModule(code, { ...options, stdout: (text) => (stdout += text) });
      const actual = result.ok ? expectedText(stdout) : expectedText(stdout, formatFailure(result.error));
      if (reason === undefined) assert.equal(actual, expected, name);
      else
        assert.notEqual(
          actual,
          expected,
          `${name} now passes: remove it from known-failures.json (${reason})`,
        );
    }
  });
}

// Only CPython 3.11 produced the expected files; another version may legitimately differ.
const pythonVersion = spawnSync(pythonExecutable(), ['--version'], { encoding: 'utf8' });
if (pythonVersion.status === 0 && pythonVersion.stdout.startsWith('Python 3.11.')) {
  test('checked-in expected files still match python3 (sample)', async () => {
    // Every 50th program: spread over all feature folders, yet only a handful of python3 starts.
    const sample = programs.filter((_, index) => index % 50 === 0);
    assert.ok(sample.length >= 5);
    for (const program of sample) {
      assert.equal(
        await expectedFromPython(program),
        readFileSync(program.expectedPath, 'utf8'),
        program.name,
      );
    }
  });
}
