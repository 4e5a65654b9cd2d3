// Every CRUXEval function called with new inputs, drawn as `etcot gen` draws them, must give what CPython
// 3.11 gives (scripts/drawn-differential.ts). This reaches far more paths through the benchmark's own code
// than its 800 fixed inputs do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadInterpreter } from '../../interpreter/index.ts';
import { initSyntax } from '../../harness/gen/syntax.ts';
import { compareDrawn, drawCases } from '../../scripts/drawn-differential.ts';
import { pythonExecutable } from '../../scripts/corpus-expected.ts';

const version = spawnSync(pythonExecutable(), ['--version'], { encoding: 'utf8' });

test('CRUXEval programs on 2 drawn inputs each agree with CPython 3.11', async (t) => {
  if (version.status !== 0 || !version.stdout.startsWith('Python 3.11.')) {
    // Only CPython 3.11 is the reference; the brief guarantees it on every machine.
    assert.fail(`python3 3.11 is required for this test, found: ${version.stdout || version.stderr}`);
  }
  await initSyntax();
  const py = await loadInterpreter();
  const cases = drawCases(py, 2, 1);
  const report = compareDrawn(py, cases);
  t.diagnostic(
    `${report.compared} compared; left out ${report.hashOrdered} hash-order dependent, ${report.unfinished} unfinished`,
  );
  assert.ok(report.compared >= 1500, `only ${report.compared} calls compared`);
  assert.deepEqual(
    report.disagreements.map((d) => `${d.id} ${d.call}: ours ${d.ours} | cpython ${d.cpython}`),
    [],
  );
});
