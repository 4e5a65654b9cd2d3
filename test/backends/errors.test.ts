// Failures come back from every backend as the same typed data, whatever its client package throws.

import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { parseRetryAfter } from '../../harness/backends/errors.ts';
import { HuggingFaceBackend } from '../../harness/backends/huggingface.ts';
import { OllamaBackend } from '../../harness/backends/ollama.ts';
import { OpenAIBackend } from '../../harness/backends/openai.ts';
import type { BackendError, GenerationRequest, ModelBackend } from '../../harness/backends/types.ts';
import { startFakeServer, type Fault, type FakeServer } from '../helpers/fake-servers.ts';

const FAULT_MARK = /fault:(\w+)/;
const FAULTS: Record<string, Fault> = {
  rate: { status: 429, retryAfter: '2', message: 'slow down' },
  busy: { status: 503, message: 'overloaded' },
  broken: { status: 500, message: 'boom' },
  bad: { status: 400, message: 'prompt too long' },
  malformed: { malformed: true },
  drop: { drop: true },
  hang: { hang: true },
};

let server: FakeServer;
before(async () => {
  server = await startFakeServer({
    respond: () => 'fine',
    fault: (request) => FAULTS[FAULT_MARK.exec(request.prompt)?.[1] ?? ''],
  });
});
after(() => server.close());

const backends: Array<[string, () => ModelBackend]> = [
  ['openai', () => new OpenAIBackend('m', { baseUrl: `${server.url}/v1`, env: {} })],
  ['ollama', () => new OllamaBackend('m', { baseUrl: server.url, env: {} })],
  ['hf', () => new HuggingFaceBackend('m', { baseUrl: `${server.url}/hf`, env: {} })],
];

function ask(backend: ModelBackend, fault: string, timeoutMs = 5000) {
  const request: GenerationRequest = {
    sampleId: 's',
    indices: [0],
    prompt: { api: 'chat', messages: [{ role: 'user', content: `fault:${fault}` }] },
    params: {},
  };
  return backend.generate(request, AbortSignal.timeout(timeoutMs));
}

function errorOf(response: Awaited<ReturnType<typeof ask>>): BackendError {
  assert.equal(response.ok, false, 'expected a failure');
  return (response as { ok: false; error: BackendError }).error;
}

for (const [name, make] of backends) {
  describe(`${name} backend failures`, () => {
    test('429 is rate_limited, retryable, with Retry-After', async () => {
      const error = errorOf(await ask(make(), 'rate'));
      assert.deepEqual([error.kind, error.retryable, error.status], ['rate_limited', true, 429]);
      assert.equal(error.retryAfterMs, 2000);
    });

    test('500 and 503 are retryable server errors', async () => {
      for (const fault of ['broken', 'busy']) {
        const error = errorOf(await ask(make(), fault));
        assert.deepEqual([error.kind, error.retryable], ['server_error', true]);
        assert.equal(error.status, fault === 'busy' ? 503 : 500);
      }
    });

    test('400 is a client error, not retried', async () => {
      const error = errorOf(await ask(make(), 'bad'));
      assert.deepEqual([error.kind, error.retryable, error.status], ['client_error', false, 400]);
      assert.match(error.message, /prompt too long/);
    });

    test('a body that is not JSON is a bad response, not retried', async () => {
      const error = errorOf(await ask(make(), 'malformed'));
      assert.deepEqual([error.kind, error.retryable], ['bad_response', false]);
    });

    test('a dropped connection is retryable', async () => {
      const error = errorOf(await ask(make(), 'drop'));
      assert.deepEqual([error.kind, error.retryable], ['server_error', true]);
    });

    test('a server that never answers times out through the request signal', async () => {
      const started = Date.now();
      const error = errorOf(await ask(make(), 'hang', 150));
      assert.deepEqual([error.kind, error.retryable], ['timeout', true]);
      assert.ok(Date.now() - started < 2000, 'the timeout cut the request short');
    });
  });
}

describe('server not running', () => {
  let deadPort: number;
  before(async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    deadPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });

  const cases: Array<[string, () => ModelBackend, RegExp]> = [
    [
      'openai',
      () => new OpenAIBackend('Qwen/Qwen2.5-7B', { baseUrl: `http://127.0.0.1:${deadPort}/v1`, env: {} }),
      /`vllm serve Qwen\/Qwen2.5-7B --port 8000`/,
    ],
    [
      'ollama',
      () => new OllamaBackend('llama3', { baseUrl: `http://127.0.0.1:${deadPort}`, env: {} }),
      /`ollama serve`/,
    ],
    [
      'hf',
      () => new HuggingFaceBackend('m', { baseUrl: `http://127.0.0.1:${deadPort}`, env: {} }),
      /--base-url/,
    ],
  ];
  for (const [name, make, hint] of cases) {
    test(`${name}: unreachable, not retried, says how to start the server`, async () => {
      const error = errorOf(await ask(make(), 'none'));
      assert.deepEqual([error.kind, error.retryable], ['unreachable', false]);
      assert.match(error.message, new RegExp(`nothing is listening at http://127\\.0\\.0\\.1:${deadPort}`));
      assert.match(error.message, hint);
    });
  }
});

describe('parseRetryAfter', () => {
  test('seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    assert.equal(parseRetryAfter('0.5'), 500);
    assert.equal(
      parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z')),
      10_000,
    );
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });
});
