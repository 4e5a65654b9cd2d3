// The generation loop with a scripted backend: batching by maxN, seeds, caching, failures, limits.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Sample } from '../../benchmarks/sample.ts';
import type { SamplingParams } from '../../harness/backends/types.ts';
import { GenerationLog, readGenerationLog, type GenerationLine } from '../../harness/run/generation-log.ts';
import type { RetryPolicy } from '../../harness/run/retry.ts';
import { runGenerations, type GenerationPlan } from '../../harness/run/runner.ts';
import { badRequest, rateLimited, ScriptedBackend, unreachable } from '../helpers/scripted-backend.ts';

const retry: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 2000 };

function samples(count: number): Sample[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    benchmark: 'cruxeval-o',
    code: `def f(x):\n    return x + ${i}`,
    call: `f(${i})`,
    output: String(2 * i),
    origin: `test:${i + 1}`,
  }));
}

function plan(
  backend: ScriptedBackend,
  list: Sample[],
  n: number,
  params: SamplingParams = {},
): GenerationPlan {
  return {
    samples: list,
    n,
    backend,
    promptMode: 'direct',
    render: (sample) => ({ api: 'completion', text: `${sample.code}\nassert ${sample.call} ==` }),
    params,
  };
}

function openLog(): GenerationLog {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-run-'));
  return GenerationLog.open(path.join(dir, 'generations.jsonl'), (m) => assert.fail(m));
}

test('one request per generation when the backend answers one at a time; seeds advance by index', async () => {
  const backend = new ScriptedBackend(1);
  const log = openLog();
  const seen: string[] = [];
  const outcome = await runGenerations(
    plan(backend, samples(2), 3, { seed: 10, temperature: 0.2 }),
    log,
    { concurrency: 2 },
    retry,
    {
      onGeneration: (sample, line, cached) => seen.push(`${sample.id}/${line.index}/${cached}/${line.text}`),
    },
  );
  assert.deepEqual(outcome, { cached: 0, generated: 6, failed: 0, interrupted: false });
  assert.equal(backend.requests.length, 6);
  assert.deepEqual(
    backend.requests.filter((r) => r.sampleId === 's1').map((r) => [r.indices, r.params.seed]),
    [
      [[0], 10],
      [[1], 11],
      [[2], 12],
    ],
  );
  assert.deepEqual(seen.sort(), [
    's0/0/false/answer(s0, 0)',
    's0/1/false/answer(s0, 1)',
    's0/2/false/answer(s0, 2)',
    's1/0/false/answer(s1, 0)',
    's1/1/false/answer(s1, 1)',
    's1/2/false/answer(s1, 2)',
  ]);
  const lines = readGenerationLog(log.file, () => {});
  log.close();
  assert.equal(lines.length, 6);
  const first = lines.find((l) => l.sampleId === 's0' && l.index === 0)!;
  assert.deepEqual(first.params, { temperature: 0.2, seed: 10 });
  assert.deepEqual(first.usage, { promptTokens: 10, completionTokens: 2 });
  assert.equal(first.model, 'scripted:model');
  assert.match(first.key, /^[0-9a-f]{64}$/);
});

test('a backend with n asks for up to maxN generations in one request and keeps the seed', async () => {
  const backend = new ScriptedBackend(2);
  const log = openLog();
  await runGenerations(plan(backend, samples(1), 3, { seed: 10 }), log, { concurrency: 1 }, retry);
  log.close();
  assert.deepEqual(
    backend.requests.map((r) => [r.indices, r.params.seed]),
    [
      [[0, 1], 10],
      [[2], 12],
    ],
  );
  // Token usage belongs to the request: recorded once, on its first generation.
  const usage = readGenerationLog(log.file, () => {}).map((l) => [l.index, l.usage !== undefined]);
  assert.deepEqual(usage, [
    [0, true],
    [1, false],
    [2, true],
  ]);
});

test('a second run asks nothing that the log holds', async () => {
  const log = openLog();
  await runGenerations(plan(new ScriptedBackend(1), samples(3), 2), log, { concurrency: 3 }, retry);
  log.close();
  const again = GenerationLog.open(log.file, (m) => assert.fail(m));
  const backend = new ScriptedBackend(1);
  const cachedTexts: string[] = [];
  const outcome = await runGenerations(plan(backend, samples(4), 2), again, { concurrency: 3 }, retry, {
    onGeneration: (_s, line, cached) => cached && cachedTexts.push(line.text),
  });
  again.close();
  assert.deepEqual(outcome, { cached: 6, generated: 2, failed: 0, interrupted: false });
  assert.deepEqual(
    backend.requests.map((r) => r.sampleId),
    ['s3', 's3'],
  );
  assert.equal(cachedTexts.length, 6);
});

test('a failed request is recorded as failed, never cached, and asked again next run', async () => {
  const log = openLog();
  const failing = new ScriptedBackend(1, { s1: [badRequest] });
  const failedLines: GenerationLine[] = [];
  const outcome = await runGenerations(plan(failing, samples(3), 1), log, { concurrency: 1 }, retry, {
    onGeneration: (_s, line) => line.error && failedLines.push(line),
  });
  log.close();
  assert.deepEqual(outcome, { cached: 0, generated: 2, failed: 1, interrupted: false });
  assert.deepEqual(
    failedLines.map((l) => [l.sampleId, l.text, l.error]),
    [['s1', '', { kind: 'client_error', message: '400 bad', status: 400, attempts: 1 }]],
  );
  const again = GenerationLog.open(log.file, (m) => assert.fail(m));
  const backend = new ScriptedBackend(1);
  const second = await runGenerations(plan(backend, samples(3), 1), again, { concurrency: 1 }, retry);
  again.close();
  assert.deepEqual(second, { cached: 2, generated: 1, failed: 0, interrupted: false });
  assert.deepEqual(
    backend.requests.map((r) => r.sampleId),
    ['s1'],
  );
});

test('retryable errors are retried inside the run and do not show up as failures', async () => {
  const log = openLog();
  const backend = new ScriptedBackend(1, { s0: [rateLimited(1), rateLimited(1)] });
  const outcome = await runGenerations(plan(backend, samples(2), 1), log, { concurrency: 2 }, retry);
  log.close();
  assert.deepEqual(outcome, { cached: 0, generated: 2, failed: 0, interrupted: false });
  assert.equal(backend.requests.length, 4);
});

test('concurrency bounds the requests in flight', async () => {
  const log = openLog();
  const backend = new ScriptedBackend(1, {}, 15);
  await runGenerations(plan(backend, samples(12), 1), log, { concurrency: 3 }, retry);
  log.close();
  assert.equal(backend.maxInFlight, 3);
  assert.equal(backend.requests.length, 12);
});

test('rpm spaces request starts evenly', async () => {
  const log = openLog();
  const backend = new ScriptedBackend(1);
  const started = Date.now();
  await runGenerations(plan(backend, samples(4), 1), log, { concurrency: 4, rpm: 1200 }, retry);
  log.close();
  const elapsed = Date.now() - started;
  // 1200 per minute is one start per 50 ms: the fourth starts 150 ms after the first.
  assert.ok(elapsed >= 140 && elapsed < 1500, `4 requests at 1200 rpm took ${elapsed} ms`);
});

test('an unreachable server stops the run with nothing recorded', async () => {
  const log = openLog();
  const backend = new ScriptedBackend(1, { s0: [unreachable], s1: [unreachable], s2: [unreachable] });
  const outcome = await runGenerations(plan(backend, samples(20), 1), log, { concurrency: 1 }, retry);
  log.close();
  assert.equal(outcome.fatal?.kind, 'unreachable');
  assert.equal(backend.requests.length, 1);
  assert.equal(fs.readFileSync(log.file, 'utf8'), '');
});

test('an interrupted run records only what arrived, not the requests it cut short', async () => {
  const log = openLog();
  const backend = new ScriptedBackend(1, {}, 40);
  const stop = new AbortController();
  setTimeout(() => stop.abort(), 100);
  const outcome = await runGenerations(
    plan(backend, samples(10), 1),
    log,
    { concurrency: 2 },
    retry,
    {},
    stop.signal,
  );
  log.close();
  assert.equal(outcome.interrupted, true);
  assert.equal(outcome.failed, 0);
  const lines = readGenerationLog(log.file, () => {});
  assert.equal(lines.length, outcome.generated);
  assert.ok(outcome.generated >= 2 && outcome.generated < 10, `generated ${outcome.generated}`);
  assert.ok(lines.every((l) => l.error === undefined));
});

test('bad limits are refused with the value given', async () => {
  const log = openLog();
  await assert.rejects(
    runGenerations(plan(new ScriptedBackend(1), samples(1), 1), log, { concurrency: 0 }, retry),
    {
      message: 'concurrency must be a positive integer, got 0',
    },
  );
  log.close();
});
