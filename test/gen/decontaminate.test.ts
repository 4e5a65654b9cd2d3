import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { BenchmarkIndex, defaultBenchmarkFiles } from '../../harness/gen/decontaminate.ts';
import { normalizeSource } from '../../harness/gen/normalize.ts';
import { initSyntax } from '../../harness/gen/syntax.ts';
import { CRUXEVAL, FIXTURES, quietGen, readCruxeval, readRecords, tempDir } from './helpers.ts';

/** The copies in renamed-copies.py, keyed by the CRUXEval id they copy. */
function renamedCopies(): Map<string, string> {
  const text = readFileSync(join(FIXTURES, 'renamed-copies.py'), 'utf8');
  const copies = new Map<string, string>();
  for (const section of text.split(/^# === /m).slice(1)) {
    const newline = section.indexOf('\n');
    copies.set(section.slice(0, newline).trim(), section.slice(newline + 1));
  }
  return copies;
}

const DIFFERENT =
  'def f(nums):\n    output = []\n    for n in nums:\n        output.append((nums.count(n), n))\n    output.sort()\n    return output';

before(initSyntax);

test('normalization renames identifiers in order, keeps attributes and builtins, drops comments and docstrings', () => {
  const code =
    'def add(a, b=2):\n    """Doc."""\n    total = a + b  # sum\n    return str(total).upper() + "x"\n';
  assert.equal(
    normalizeSource(code).text,
    "def v0 ( v1 , v2 = 2 ) : { v3 = v1 + v2 ; return str ( v3 ) . upper ( ) + 'x' ; } ;",
  );
  // A call continues the program's names: the function and its keyword parameters are renamed alike.
  const { names } = normalizeSource(code);
  assert.equal(normalizeSource("add(1, b='y')", names).text, "v0 ( 1 , v2 = 'y' ) ;");
  assert.equal(normalizeSource('sorted(xs, key=len)').text, 'sorted ( v0 , key = len ) ;');
});

test('the default benchmark files include CRUXEval from the shared data folder', () => {
  assert.deepEqual(defaultBenchmarkFiles(), [CRUXEVAL]);
});

test('renamed-variable copies of CRUXEval programs match the index; a different program does not', () => {
  const index = new BenchmarkIndex();
  index.addFile(CRUXEVAL);
  assert.equal(index.sources[0]!.programs, 800);
  // CRUXEval itself holds renamed copies: sample_101, sample_109 and sample_387 are sample_74 renamed.
  assert.equal(index.size, 793);
  const originals = new Map(readCruxeval().map((s) => [s.id, s.code]));
  const copies = renamedCopies();
  assert.deepEqual([...copies.keys()], ['sample_0', 'sample_3', 'sample_6', 'sample_9', 'sample_12']);
  for (const [id, copy] of copies) {
    assert.notEqual(copy.trim(), originals.get(id)!.trim());
    assert.equal(normalizeSource(copy).text, normalizeSource(originals.get(id)!).text, id);
    assert.equal(index.matches(normalizeSource(copy).text), true, id);
  }
  // Same shape as sample_0 but sorted the other way: a different program.
  assert.equal(index.matches(normalizeSource(DIFFERENT).text), false);
});

test('--exclude-benchmarks drops benchmark copies from a run and says how many', async () => {
  const dir = tempDir();
  const programs = join(dir, 'programs.jsonl');
  const lines = [...renamedCopies().entries()].map(([id, code]) => ({
    id,
    code,
    input: id === 'sample_3' ? "'ab', 'c'" : '[1]',
  }));
  lines.push({ id: 'different', code: DIFFERENT, input: '[3, 1, 3]' });
  writeFileSync(programs, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const out = join(dir, 'out.jsonl');
  const { report } = await quietGen({ programsFile: programs, outFile: out, excludeBenchmarks: true });
  assert.equal(report.dropped.contaminated, 5);
  assert.equal(report.benchmark_programs, 800);
  assert.equal(report.benchmark_distinct, 793);
  assert.deepEqual(
    readRecords(out).map((r) => [r.meta.source_id, r.meta.output]),
    [['different', '[(1, 1), (2, 3), (2, 3)]']],
  );
});
