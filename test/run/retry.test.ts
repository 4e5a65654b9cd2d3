// Retries: exponential backoff with full jitter, Retry-After, attempt limits and per-attempt timeouts.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GenerationRequest } from '../../harness/backends/types.ts';
import { backoffDelay, generateWithRetries, type RetryPolicy } from '../../harness/run/retry.ts';
import { badRequest, rateLimited, ScriptedBackend, serverError } from '../helpers/scripted-backend.ts';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 35, timeoutMs: 1000 };
const request: GenerationRequest = {
  sampleId: 's',
  indices: [0],
  prompt: { api: 'completion', text: 'p' },
  params: {},
};

test('backoff: random share of a cap that doubles per attempt up to the maximum', () => {
  const half = () => 0.5;
  const error = { kind: 'server_error' as const, retryable: true, message: '' };
  assert.deepEqual(
    [1, 2, 3, 4].map((attempt) => backoffDelay(error, attempt, policy, half)),
    [5, 10, 17, 17],
  );
  assert.equal(
    backoffDelay(error, 3, policy, () => 0),
    0,
  );
  assert.equal(backoffDelay({ ...error, retryAfterMs: 20 }, 1, policy, half), 20);
  assert.equal(backoffDelay({ ...error, retryAfterMs: 5000 }, 1, policy, half), 35);
});

test('429 twice, then an answer: three attempts, waits as the policy says', async () => {
  const backend = new ScriptedBackend(1, { s: [rateLimited(), rateLimited(25)] });
  const waits: Array<[string, number, number]> = [];
  const result = await generateWithRetries(backend, request, policy, {
    random: () => 0.5,
    onRetry: (error, attempt, delayMs) => waits.push([error.kind, attempt, delayMs]),
  });
  assert.deepEqual(result.response, {
    ok: true,
    texts: ['answer(s, 0)'],
    usage: { promptTokens: 10, completionTokens: 2 },
  });
  assert.equal(result.attempts, 3);
  assert.deepEqual(waits, [
    ['rate_limited', 1, 5],
    ['rate_limited', 2, 25],
  ]);
});

test('500s until the attempts run out: the last error comes back', async () => {
  const backend = new ScriptedBackend(1, {
    s: [serverError, serverError, serverError, serverError, serverError],
  });
  const result = await generateWithRetries(backend, request, policy, { random: () => 0 });
  assert.equal(result.attempts, 4);
  assert.equal(backend.requests.length, 4);
  assert.equal(!result.response.ok && result.response.error.status, 500);
});

test('a 400 is not retried', async () => {
  const backend = new ScriptedBackend(1, { s: [badRequest] });
  const result = await generateWithRetries(backend, request, policy);
  assert.equal(result.attempts, 1);
  assert.equal(!result.response.ok && result.response.error.kind, 'client_error');
});

test('each attempt is cut off at the timeout and retried', async () => {
  const backend = new ScriptedBackend(1, { s: ['hang', 'hang'] });
  const started = Date.now();
  const result = await generateWithRetries(
    backend,
    request,
    { ...policy, maxAttempts: 2, timeoutMs: 60 },
    { random: () => 0 },
  );
  assert.equal(result.attempts, 2);
  assert.equal(!result.response.ok && result.response.error.kind, 'timeout');
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 110 && elapsed < 1000, `two 60 ms timeouts took ${elapsed} ms`);
});

test('stopping the run ends a wait between attempts at once', async () => {
  const backend = new ScriptedBackend(1, { s: [rateLimited(10_000)] });
  const stop = new AbortController();
  setTimeout(() => stop.abort(), 30);
  const started = Date.now();
  const result = await generateWithRetries(
    backend,
    request,
    { ...policy, maxDelayMs: 10_000 },
    { signal: stop.signal },
  );
  assert.ok(Date.now() - started < 1000);
  assert.equal(backend.requests.length, 1);
  assert.equal(result.response.ok, false);
});
