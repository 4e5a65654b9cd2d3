// The eval loop end to end over the real client packages and the fake server, with a stub scorer (exact
// text match) so it runs without the interpreter: load → prompt → queue → log → extract → score → files.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Sample } from '../../benchmarks/sample.ts';
import { defaultTemplateFile } from '../../harness/prompts/templates.ts';
import { readSamplesJsonl, readSummary } from '../../harness/report/index.ts';
import { runEval, ServerUnreachableError, type EvalConfig, type Scorer } from '../../harness/run/eval-run.ts';
import { readGenerationLog } from '../../harness/run/generation-log.ts';
import { startFakeServer, type Fault, type FakeServer } from '../helpers/fake-servers.ts';
import {
  cruxevalSamples,
  plantedCorrect,
  plantedResponder,
  sampleOfPrompt,
} from '../helpers/planted-answers.ts';

const samples = cruxevalSamples(100);
const correct = plantedCorrect(samples, 73);
const exactScorer: Scorer = (sample, predicted) => ({ correct: predicted === sample.output });
const quiet = { write: () => true };

type FaultPlan = Map<string, (attempt: number) => Fault | undefined>;
let faults: FaultPlan = new Map();
/** Requests per sample since the faults were set: attempt 1 is the first this test makes. */
const attempts = new Map<string, number>();
function setFaults(plan: FaultPlan): void {
  faults = plan;
  attempts.clear();
}

let server: FakeServer;
before(async () => {
  server = await startFakeServer({
    respond: plantedResponder(samples, correct),
    fault: (request) => {
      const id = sampleOfPrompt(samples, request.prompt).id;
      attempts.set(id, (attempts.get(id) ?? 0) + 1);
      return faults.get(id)?.(attempts.get(id)!);
    },
  });
});
after(() => server.close());

function config(model: string, baseUrl: string, overrides: Partial<EvalConfig> = {}): EvalConfig {
  return {
    model,
    baseUrl,
    promptMode: 'cot',
    promptFile: defaultTemplateFile('cot', 'chat'),
    api: 'chat',
    n: 1,
    params: { temperature: 0, maxTokens: 256 },
    concurrency: 8,
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5000 },
    out: fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-eval-')),
    ...overrides,
  };
}

function requestsBySample(from: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of server.requests.slice(from)) {
    const id = sampleOfPrompt(samples, request.prompt).id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe('planted accuracy through each backend', () => {
  const cases: Array<[string, () => string, number]> = [
    ['openai:fake-model', () => `${server.url}/v1`, 100],
    ['ollama:fake-model', () => server.url, 100],
    ['hf:fake-org/fake-model', () => `${server.url}/hf`, 10],
  ];
  for (const [model, baseUrl, count] of cases) {
    test(`${model}: pass@1 is exactly the planted accuracy`, async () => {
      setFaults(new Map());
      const first = server.requests.length;
      const subset: Sample[] = samples.slice(0, count);
      const cfg = config(model, baseUrl());
      const { summary, outcome } = await runEval(cfg, { samples: subset, scorer: exactScorer, log: quiet });
      const planted = subset.filter((s) => correct.has(s.id)).length;
      assert.equal(planted, count === 100 ? 73 : 7);
      assert.deepEqual(outcome, { cached: 0, generated: count, failed: 0, interrupted: false });
      assert.equal(summary.overall.pass['pass@1'], (planted / count) * 100);
      assert.deepEqual(summary.counts, {
        samples: count,
        generations: count,
        extracted: count,
        notFound: 0,
        unparsable: 0,
        requestFailed: 0,
      });
      // Written files agree with the returned summary.
      assert.deepEqual(readSummary(path.join(cfg.out, 'summary.json')).overall, summary.overall);
      const results = readSamplesJsonl(path.join(cfg.out, 'samples.jsonl'));
      assert.deepEqual(
        results.filter((r) => r.correctCount === 1).map((r) => r.id),
        subset.filter((s) => correct.has(s.id)).map((s) => s.id),
      );
      const csvRows = fs.readFileSync(path.join(cfg.out, 'samples.csv'), 'utf8').trim().split('\n');
      assert.equal(csvRows.length, count + 1);
      assert.equal(readGenerationLog(path.join(cfg.out, 'generations.jsonl'), () => {}).length, count);
      // Every sample asked exactly once.
      assert.deepEqual(
        [...requestsBySample(first).values()],
        subset.map(() => 1),
      );
    });
  }
});

test('429 then success is retried; 500s that never stop become request_failed; others unaffected', async () => {
  const [rated, broken1, broken2] = [samples[3].id, samples[5].id, samples[8].id];
  setFaults(
    new Map<string, (attempt: number) => Fault | undefined>([
      [rated, (attempt) => (attempt === 1 ? { status: 429, retryAfter: '0' } : undefined)],
      [broken1, () => ({ status: 500 })],
      [broken2, () => ({ status: 500 })],
    ]),
  );
  const first = server.requests.length;
  const subset = samples.slice(0, 20);
  const cfg = config('openai:fake-model', `${server.url}/v1`);
  const { results, summary, outcome } = await runEval(cfg, {
    samples: subset,
    scorer: exactScorer,
    log: quiet,
  });
  assert.deepEqual(outcome, { cached: 0, generated: 18, failed: 2, interrupted: false });
  const counts = requestsBySample(first);
  assert.deepEqual([counts.get(rated), counts.get(broken1), counts.get(broken2)], [2, 3, 3]);
  assert.equal(summary.counts.requestFailed, 2);
  const failed = results.filter((r) => r.generations[0].status === 'request_failed');
  assert.deepEqual(
    failed.map((r) => [r.id, r.generations[0].correct, r.generations[0].predicted]),
    [
      [broken1, false, null],
      [broken2, false, null],
    ],
  );
  const planted = subset.filter((s) => correct.has(s.id) && s.id !== broken1 && s.id !== broken2).length;
  assert.equal(summary.overall.pass['pass@1'], (planted / 20) * 100);

  // Failures are not cached: the next run asks for exactly those two again.
  setFaults(new Map());
  const second = server.requests.length;
  const rerun = await runEval(cfg, { samples: subset, scorer: exactScorer, log: quiet });
  assert.deepEqual(rerun.outcome, { cached: 18, generated: 2, failed: 0, interrupted: false });
  assert.deepEqual([...requestsBySample(second).keys()].sort(), [broken1, broken2].sort());
  assert.equal(rerun.summary.counts.requestFailed, 0);
});

test('a malformed response is a failed request, not retried; a timeout is retried', async () => {
  const [garbled, slow] = [samples[0].id, samples[1].id];
  setFaults(
    new Map<string, (attempt: number) => Fault | undefined>([
      [garbled, () => ({ malformed: true })],
      [slow, (attempt) => (attempt === 1 ? { hang: true } : undefined)],
    ]),
  );
  const first = server.requests.length;
  const cfg = config('ollama:fake-model', server.url, {
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 300 },
  });
  const { results, outcome } = await runEval(cfg, {
    samples: samples.slice(0, 4),
    scorer: exactScorer,
    log: quiet,
  });
  assert.deepEqual(outcome, { cached: 0, generated: 3, failed: 1, interrupted: false });
  const counts = requestsBySample(first);
  assert.deepEqual([counts.get(garbled), counts.get(slow)], [1, 2]);
  assert.equal(results[0].generations[0].status, 'request_failed');
  assert.match(results[0].generations[0].reason ?? '', /JSON/);
  assert.equal(results[1].generations[0].status, 'ok');
});

test('the API key never reaches the results folder', async () => {
  setFaults(new Map());
  const saved = process.env.OPENAI_API_KEY;
  process.env.OPENAI_API_KEY = 'sk-etcot-test-secret-4711';
  try {
    const cfg = config('openai:fake-model', `${server.url}/v1`);
    await runEval(cfg, { samples: samples.slice(0, 3), scorer: exactScorer, log: quiet });
    assert.equal(server.requests.at(-1)!.headers.authorization, 'Bearer sk-etcot-test-secret-4711');
    for (const file of fs.readdirSync(cfg.out)) {
      assert.equal(
        fs.readFileSync(path.join(cfg.out, file), 'utf8').includes('sk-etcot-test-secret'),
        false,
        file,
      );
    }
  } finally {
    if (saved === undefined) delete process.env.OPENAI_API_KEY;
    else process.env.OPENAI_API_KEY = saved;
  }
});

test('a server that is not running stops the run with how to start it', async () => {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const deadPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  const cfg = config('openai:Qwen/Qwen2.5-7B', `http://127.0.0.1:${deadPort}/v1`);
  await assert.rejects(
    runEval(cfg, { samples: samples.slice(0, 5), scorer: exactScorer, log: quiet }),
    (error: unknown) => {
      assert.ok(error instanceof ServerUnreachableError);
      assert.equal(
        error.message,
        `nothing is listening at http://127.0.0.1:${deadPort}/v1 (connection refused). ` +
          'Is the server running? ' +
          'Start it with `vllm serve Qwen/Qwen2.5-7B --port 8000`, or pass --base-url.',
      );
      return true;
    },
  );
  assert.equal(fs.readFileSync(path.join(cfg.out, 'generations.jsonl'), 'utf8'), '');
});
