// CRUXEval's own scored file for Code Llama 7B (800 samples x 10 generations) must come out of our evaluator
// boolean for boolean. Needs the complete interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInterpreter } from '../../interpreter/index.ts';
import { loadCruxeval } from '../../benchmarks/index.ts';
import {
  readGenerationsFile,
  scoreGenerations,
  type OfficialScoredResults,
} from '../../harness/scoring/index.ts';

const DATA = '../shared/data/cruxeval/cruxeval.jsonl';
const GENERATIONS = '../shared/data/cruxeval-samples/codellama-7b_temp0.2_output.generations.json';
const SCORED = '../shared/data/cruxeval-samples/codellama-7b_temp0.2_output.scored.json';
const official = JSON.parse(readFileSync(SCORED, 'utf8')) as OfficialScoredResults;

test('official scoring reproduces upstream on codellama-7b_temp0.2_output', async () => {
  const interp = await loadInterpreter();
  const samples = loadCruxeval(DATA);
  const report = scoreGenerations(interp, samples, readGenerationsFile(GENERATIONS), 'official');
  const differing = samples
    .filter(
      (s) =>
        JSON.stringify(report.results.raw_scored_generations[s.id]) !==
        JSON.stringify(official.raw_scored_generations[s.id]),
    )
    .map((s) => s.id);
  assert.deepEqual(differing, []);
  assert.deepEqual(report.results.raw_scored_generations, official.raw_scored_generations);
  assert.deepEqual(report.results.raw_generations, official.raw_generations);
  assert.equal(report.results.pass_at_1.toFixed(4), '34.2125');
  assert.equal(report.results.pass_at_5.toFixed(4), '40.2867');
  assert.equal(report.results.pass_at_1, official.pass_at_1);
  assert.equal(report.results.pass_at_5, official.pass_at_5);
  assert.equal(report.skipped, 0);
  assert.equal(report.fewerThanFive, 0);
});

test('etcot score --limit 25 --out writes the scored subset', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'etcot-score-')), 'scored.json');
  const child = spawnSync(
    process.execPath,
    ['bin/etcot.js', 'score', '--generations', GENERATIONS, '--data', DATA, '--limit', '25', '--out', out],
    { encoding: 'utf8' },
  );
  assert.equal(child.status, 0, child.stderr);
  const written = JSON.parse(readFileSync(out, 'utf8')) as OfficialScoredResults;
  const ids = Array.from({ length: 25 }, (_, i) => `sample_${i}`);
  assert.deepEqual(Object.keys(written.raw_scored_generations), ids);
  assert.deepEqual(
    written.raw_scored_generations,
    Object.fromEntries(ids.map((id) => [id, official.raw_scored_generations[id]])),
  );
  const lines = child.stdout.split('\n');
  assert.equal(lines[0], `cruxeval-o (${DATA}): 25 samples, 250 generations, official scoring`);
  assert.match(lines[1], /^pass@1: \d+\.\d{4} {2}pass@5: \d+\.\d{4}$/);
});
