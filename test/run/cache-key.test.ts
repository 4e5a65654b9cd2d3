// Cache keys: canonical, complete, and free of anything but the question asked.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, generationKey, promptHash, sha256 } from '../../harness/run/cache-key.ts';
import type { Prompt } from '../../harness/backends/types.ts';

const prompt: Prompt = { api: 'chat', messages: [{ role: 'user', content: 'What is f(1)?' }] };

test('canonical JSON sorts keys at every level and drops undefined members', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } }),
    '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
  );
});

test('the key is the sha256 of the canonical JSON of version, model, prompt, params and index', () => {
  const key = generationKey({ model: 'openai:m', prompt, params: { temperature: 0, seed: 1 }, index: 2 });
  const expected = sha256(
    '{"index":2,"model":"openai:m","params":{"seed":1,"temperature":0},' +
      '"prompt":{"api":"chat","messages":[{"content":"What is f(1)?","role":"user"}]},"v":"etcot-generation-v1"}',
  );
  assert.equal(key, expected);
});

test('parameter order does not matter; model, prompt, params and index do', () => {
  const base = { model: 'openai:m', prompt, params: { temperature: 0, seed: 1 }, index: 0 };
  const key = generationKey(base);
  assert.equal(generationKey({ ...base, params: { seed: 1, temperature: 0 } }), key);
  const variants = [
    { ...base, model: 'ollama:m' },
    { ...base, index: 1 },
    { ...base, params: { temperature: 0.2, seed: 1 } },
    { ...base, prompt: { api: 'completion', text: 'What is f(1)?' } as Prompt },
  ];
  assert.equal(new Set([key, ...variants.map(generationKey)]).size, 5);
});

test('the prompt hash is the first 16 hex digits of the prompt hash', () => {
  assert.equal(promptHash(prompt), sha256(canonicalJson(prompt)).slice(0, 16));
  assert.match(promptHash(prompt), /^[0-9a-f]{16}$/);
});
