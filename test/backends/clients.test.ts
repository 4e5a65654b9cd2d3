// Each backend against the fake server through its real client package: the wire requests it sends and
// what it makes of the answers.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ollama } from 'ollama';
import OpenAI from 'openai';
import { HuggingFaceBackend } from '../../harness/backends/huggingface.ts';
import { OllamaBackend } from '../../harness/backends/ollama.ts';
import { OpenAIBackend } from '../../harness/backends/openai.ts';
import type { GenerationRequest, Prompt } from '../../harness/backends/types.ts';
import { startFakeServer, type FakeServer } from '../helpers/fake-servers.ts';

const chat: Prompt = {
  api: 'chat',
  messages: [
    { role: 'system', content: 'sys' },
    { role: 'user', content: 'What is f(1)?' },
  ],
};
const completion: Prompt = { api: 'completion', text: 'assert f(1) ==' };
const params = { temperature: 0.5, maxTokens: 64, stop: ['[/ANSWER]'], seed: 7 };

function request(prompt: Prompt, indices = [0]): GenerationRequest {
  return { sampleId: 'sample_1', indices, prompt, params };
}

let server: FakeServer;
before(async () => {
  server = await startFakeServer({ respond: (prompt, _req, choice) => `echo(${prompt.length}) #${choice}` });
});
after(() => server.close());

const signal = () => AbortSignal.timeout(5000);
const env = {};

describe('openai backend', () => {
  test('chat: sends OpenAI names for the sampling parameters and n, returns every choice', async () => {
    const backend = new OpenAIBackend('qwen', { baseUrl: `${server.url}/v1`, env });
    const response = await backend.generate(request(chat, [0, 1]), signal());
    assert.deepEqual(response, {
      ok: true,
      texts: ['echo(17) #0', 'echo(17) #1'],
      usage: { promptTokens: 4, completionTokens: 4 },
    });
    const sent = server.requests.at(-1)!;
    assert.equal(sent.path, '/v1/chat/completions');
    assert.deepEqual(sent.body, {
      model: 'qwen',
      messages: chat.messages,
      n: 2,
      temperature: 0.5,
      max_tokens: 64,
      stop: ['[/ANSWER]'],
      seed: 7,
    });
  });

  test('completion: raw prompt to /v1/completions', async () => {
    const backend = new OpenAIBackend('base', { baseUrl: `${server.url}/v1`, env });
    const response = await backend.generate(request(completion), signal());
    assert.deepEqual(response, {
      ok: true,
      texts: ['echo(14) #0'],
      usage: { promptTokens: 3, completionTokens: 2 },
    });
    assert.equal(server.requests.at(-1)!.path, '/v1/completions');
    assert.equal(server.requests.at(-1)!.body.prompt, 'assert f(1) ==');
  });

  test('the key from OPENAI_API_KEY goes in the Authorization header only; the id names no host', async () => {
    const backend = new OpenAIBackend('m', {
      baseUrl: `${server.url}/v1`,
      env: { OPENAI_API_KEY: 'sk-secret' },
    });
    assert.equal(backend.id, 'openai:m');
    await backend.generate(request(chat), signal());
    const sent = server.requests.at(-1)!;
    assert.equal(sent.headers.authorization, 'Bearer sk-secret');
    assert.equal(JSON.stringify(sent.body).includes('sk-secret'), false);
  });

  test('without OPENAI_API_KEY a placeholder key lets local servers accept the request', async () => {
    const backend = new OpenAIBackend('m', { baseUrl: `${server.url}/v1`, env });
    await backend.generate(request(chat), signal());
    assert.equal(server.requests.at(-1)!.headers.authorization, 'Bearer sk-local-no-key');
  });
});

describe('ollama backend', () => {
  test('chat: stream false, Ollama option names', async () => {
    const backend = new OllamaBackend('llama3', { baseUrl: server.url, env });
    const response = await backend.generate(request(chat), signal());
    assert.deepEqual(response, {
      ok: true,
      texts: ['echo(17) #0'],
      usage: { promptTokens: 4, completionTokens: 2 },
    });
    const sent = server.requests.at(-1)!;
    assert.equal(sent.path, '/api/chat');
    assert.deepEqual(sent.body, {
      model: 'llama3',
      messages: chat.messages,
      options: { temperature: 0.5, num_predict: 64, stop: ['[/ANSWER]'], seed: 7 },
      stream: false,
    });
  });

  test('completion: /api/generate with raw: true', async () => {
    const backend = new OllamaBackend('llama3', { baseUrl: server.url, env });
    const response = await backend.generate(request(completion), signal());
    assert.deepEqual(response, {
      ok: true,
      texts: ['echo(14) #0'],
      usage: { promptTokens: 3, completionTokens: 2 },
    });
    const sent = server.requests.at(-1)!;
    assert.equal(sent.path, '/api/generate');
    assert.equal(sent.body.raw, true);
    assert.equal(sent.body.prompt, 'assert f(1) ==');
  });

  test('host comes from OLLAMA_HOST when no --base-url is given', async () => {
    const backend = new OllamaBackend('llama3', { env: { OLLAMA_HOST: server.url } });
    const response = await backend.generate(request(completion), signal());
    assert.equal(response.ok, true);
  });

  test('refuses to make several generations in one call', async () => {
    const backend = new OllamaBackend('llama3', { baseUrl: server.url, env });
    const response = await backend.generate(request(chat, [0, 1]), signal());
    assert.equal(response.ok, false);
    assert.equal(!response.ok && response.error.kind, 'bad_response');
  });
});

describe('fake server', () => {
  test("speaks Ollama's NDJSON stream to the ollama client when asked to stream", async () => {
    const client = new Ollama({ host: server.url });
    const parts: string[] = [];
    let final: { done?: boolean; eval_count?: number } = {};
    for await (const chunk of await client.chat({ model: 'm', messages: chat.messages, stream: true })) {
      parts.push(chunk.message.content);
      final = chunk;
    }
    assert.equal(parts.join(''), 'echo(17) #0');
    assert.ok(parts.length > 1);
    assert.deepEqual([final.done, final.eval_count], [true, 2]);
  });

  test('lists a model on GET /v1/models for the openai client', async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'x', maxRetries: 0 });
    const models = await client.models.list();
    assert.deepEqual(
      models.data.map((m) => m.id),
      ['fake-model'],
    );
  });
});

describe('hf backend', () => {
  test('chatCompletion to <endpoint>/v1/chat/completions', async () => {
    const backend = new HuggingFaceBackend('org/model', {
      baseUrl: `${server.url}/hf`,
      env: { HF_TOKEN: 'hf_secret' },
    });
    const response = await backend.generate(request(chat), signal());
    assert.deepEqual(response, {
      ok: true,
      texts: ['echo(17) #0'],
      usage: { promptTokens: 4, completionTokens: 2 },
    });
    const sent = server.requests.at(-1)!;
    assert.equal(sent.protocol, 'hf');
    assert.equal(sent.path, '/hf/v1/chat/completions');
    assert.deepEqual(sent.body, {
      model: 'org/model',
      messages: chat.messages,
      temperature: 0.5,
      max_tokens: 64,
      stop: ['[/ANSWER]'],
      seed: 7,
    });
  });

  test('textGeneration to <endpoint>/v1/completions', async () => {
    const backend = new HuggingFaceBackend('org/model', { baseUrl: `${server.url}/hf`, env });
    const response = await backend.generate(request(completion), signal());
    assert.deepEqual(response, { ok: true, texts: ['echo(14) #0'] });
    const sent = server.requests.at(-1)!;
    assert.equal(sent.path, '/hf/v1/completions');
    assert.equal(sent.body.prompt, 'assert f(1) ==');
    assert.equal(sent.body.max_tokens, 64);
  });
});
