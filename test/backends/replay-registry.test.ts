// The replay backend (stored generations, no network) and the prefix registry.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { HuggingFaceBackend } from '../../harness/backends/huggingface.ts';
import { OllamaBackend } from '../../harness/backends/ollama.ts';
import { OpenAIBackend } from '../../harness/backends/openai.ts';
import { createBackend, ModelSpecError, parseModelSpec } from '../../harness/backends/registry.ts';
import { ReplayBackend } from '../../harness/backends/replay.ts';
import type { GenerationRequest } from '../../harness/backends/types.ts';
import { REPO_ROOT } from '../helpers/planted-answers.ts';

const CODELLAMA = path.join(
  REPO_ROOT,
  '..',
  'shared',
  'data',
  'cruxeval-samples',
  'codellama-7b_temp0.2_output.generations.json',
);
const signal = AbortSignal.timeout(1000);
const ask = (sampleId: string, indices: number[]): GenerationRequest => ({
  sampleId,
  indices,
  prompt: { api: 'completion', text: 'ignored' },
  params: {},
});

describe('replay backend', () => {
  test("CRUXEval's generations file: texts by sample and index", async () => {
    const backend = ReplayBackend.fromFile(CODELLAMA);
    assert.equal(backend.id, `replay:${CODELLAMA}`);
    assert.deepEqual(await backend.generate(ask('sample_130', [4, 5, 9]), signal), {
      ok: true,
      texts: ["'o=9,h=6,l=4'", '"o=9,h=6,l=4"', "'h=6,o=9,l=4'"],
    });
  });

  test('a generation the file lacks is a client error naming it', async () => {
    const response = await ReplayBackend.fromFile(CODELLAMA).generate(ask('sample_130', [10]), signal);
    assert.deepEqual(response, {
      ok: false,
      error: {
        kind: 'client_error',
        retryable: false,
        message: `${CODELLAMA} holds no generation 10 for sample_130 (it has 10)`,
      },
    });
  });

  test('our generations.jsonl: answers kept, failed requests and a torn last line left out', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-replay-')), 'generations.jsonl');
    const base = { key: 'k', model: 'm', promptMode: 'cot', promptHash: 'h', params: {}, at: 'now' };
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ ...base, sampleId: 'sample_1', index: 1, text: 'second' }),
        JSON.stringify({ ...base, sampleId: 'sample_1', index: 0, text: 'first' }),
        JSON.stringify({
          ...base,
          sampleId: 'sample_2',
          index: 0,
          text: '',
          error: { kind: 'client_error', message: '400', attempts: 1 },
        }),
        '{"key": "torn',
      ].join('\n'),
    );
    const warnings: string[] = [];
    const backend = ReplayBackend.fromFile(file, (m) => warnings.push(m));
    assert.equal(warnings.length, 1);
    assert.deepEqual(await backend.generate(ask('sample_1', [0, 1]), signal), {
      ok: true,
      texts: ['first', 'second'],
    });
    assert.equal((await backend.generate(ask('sample_2', [0]), signal)).ok, false);
  });
});

describe('registry', () => {
  test('the prefix picks the backend; the rest is the model name, colons included', () => {
    assert.ok(createBackend('openai:Qwen/Qwen2.5-7B') instanceof OpenAIBackend);
    assert.ok(createBackend('ollama:qwen2.5-coder:7b') instanceof OllamaBackend);
    assert.ok(createBackend('hf:meta-llama/Llama-3.1-8B') instanceof HuggingFaceBackend);
    assert.ok(createBackend(`replay:${CODELLAMA}`) instanceof ReplayBackend);
    assert.equal(createBackend('ollama:qwen2.5-coder:7b').id, 'ollama:qwen2.5-coder:7b');
    assert.deepEqual(parseModelSpec('ollama:qwen2.5-coder:7b'), {
      prefix: 'ollama',
      name: 'qwen2.5-coder:7b',
    });
  });

  test('a spec without a known prefix is refused with the choices', () => {
    assert.throws(
      () => createBackend('gpt-4o'),
      (e: unknown) =>
        e instanceof ModelSpecError &&
        e.message ===
          "--model must be PREFIX:NAME with PREFIX one of ollama, openai, hf, replay; got 'gpt-4o'",
    );
    assert.throws(
      () => createBackend('vllm:qwen'),
      (e: unknown) =>
        e instanceof ModelSpecError &&
        e.message ===
          "unknown model prefix 'vllm' in 'vllm:qwen'; expected one of ollama, openai, hf, replay",
    );
  });
});
