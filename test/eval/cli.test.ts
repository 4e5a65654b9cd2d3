// `etcot eval` as a user runs it: a child process against the fake server, scored by the real interpreter.
// Child processes are slow to start, so only what needs one is here; test/eval/command.test.ts runs the
// command in-process.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readSummary } from '../../harness/report/index.ts';
import { readGenerationLog } from '../../harness/run/generation-log.ts';
import { runCli, startCli } from '../helpers/spawn-etcot.ts';
import { startFakeServer, type FakeServer } from '../helpers/fake-servers.ts';
import {
  cruxevalSamples,
  plantedCorrect,
  plantedResponder,
  sampleOfPrompt,
} from '../helpers/planted-answers.ts';

const DATA = '../shared/data/cruxeval/cruxeval.jsonl';
const samples = cruxevalSamples(100);
const correct = plantedCorrect(samples, 73);

let server: FakeServer;
before(async () => {
  server = await startFakeServer({ respond: plantedResponder(samples, correct), latencyMs: 5 });
});
after(() => server.close());

const outDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-cli-'));
const evalArgs = (model: string, baseUrl: string, out: string, extra: string[] = []) => [
  'eval',
  '--benchmark',
  'cruxeval-o',
  '--data',
  DATA,
  '--model',
  model,
  '--base-url',
  baseUrl,
  '--prompt',
  'cot',
  '--out',
  out,
  ...extra,
];

function sampleIdsOf(requests: FakeServer['requests']): string[] {
  return requests.map((r) => sampleOfPrompt(samples, r.prompt).id);
}

test('openai: 100 samples at concurrency 8 score exactly the planted 73.0', async () => {
  const out = outDir();
  const first = server.requests.length;
  const result = await runCli(
    evalArgs('openai:fake-model', `${server.url}/v1`, out, ['--limit', '100', '--concurrency', '8']),
  );
  assert.equal(result.code, 0, result.stderr);
  assert.equal(readSummary(path.join(out, 'summary.json')).overall.pass['pass@1'], 73);
  assert.match(result.stdout, /│ overall\s+│\s+100 │\s+100 │\s+73\.00 │/);
  assert.equal(server.requests.length - first, 100);
  assert.equal(new Set(sampleIdsOf(server.requests.slice(first))).size, 100);
});

test('killed with SIGKILL mid-run, the same command resumes and never asks twice for a logged answer', async () => {
  const out = outDir();
  const args = evalArgs('openai:fake-model', `${server.url}/v1`, out, [
    '--limit',
    '100',
    '--concurrency',
    '4',
  ]);
  const first = server.requests.length;
  // Slow answers, so the kill lands mid-run.
  server.setLatency(40);
  const { child, done } = startCli(args);
  const log = path.join(out, 'generations.jsonl');
  while (!fs.existsSync(log) || fs.readFileSync(log, 'utf8').split('\n').length < 25) {
    if (child.exitCode !== null) assert.fail(`the run ended before the kill: ${(await done).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGKILL');
  const killed = await done;
  server.setLatency(5);
  assert.equal(killed.signal, 'SIGKILL');
  const logged = new Set(readGenerationLog(log, () => {}).map((r) => r.sampleId));
  const askedBeforeKill = sampleIdsOf(server.requests.slice(first));
  assert.ok(logged.size >= 24 && logged.size < 100, `${logged.size} answers logged before the kill`);
  // Only the requests in flight at the kill (at most --concurrency) went out without reaching the log.
  const inFlight = askedBeforeKill.filter((id) => !logged.has(id));
  assert.ok(inFlight.length <= 4, `in flight at the kill: ${inFlight.join(', ')}`);

  const second = server.requests.length;
  const result = await runCli(args);
  assert.equal(result.code, 0, result.stderr);
  const askedAfter = sampleIdsOf(server.requests.slice(second));
  assert.deepEqual(
    askedAfter.filter((id) => logged.has(id)),
    [],
  );
  assert.equal(askedAfter.length, 100 - logged.size);
  // Over both runs, a sample was asked twice only if it was in flight at the kill.
  const all = [...askedBeforeKill, ...askedAfter];
  const twice = all.filter((id, i) => all.indexOf(id) !== i);
  assert.deepEqual(
    twice.filter((id) => !inFlight.includes(id)),
    [],
  );
  assert.match(result.stderr, new RegExp(`${100 - logged.size} generated, ${logged.size} from `));
  assert.equal(readSummary(path.join(out, 'summary.json')).overall.pass['pass@1'], 73);
  const lines = readGenerationLog(log, () => {});
  assert.equal(lines.length, 100);
  assert.equal(new Set(lines.map((l) => l.key)).size, 100);
});
