// Chooses a backend from the model spec's prefix: `ollama:llama3.1`, `openai:Qwen/Qwen2.5-7B`, `hf:...`,
// `replay:results/x/generations.jsonl`.

import { HuggingFaceBackend } from './huggingface.ts';
import { OllamaBackend } from './ollama.ts';
import { OpenAIBackend } from './openai.ts';
import { ReplayBackend } from './replay.ts';
import type { BackendOptions, ModelBackend } from './types.ts';

export const BACKEND_PREFIXES = ['ollama', 'openai', 'hf', 'replay'] as const;

export class ModelSpecError extends Error {
  constructor(
    readonly spec: string,
    message: string,
  ) {
    super(message);
    this.name = 'ModelSpecError';
  }
}

export type BackendPrefix = (typeof BACKEND_PREFIXES)[number];

/** Splits `prefix:name` (the name may hold more colons, e.g. `ollama:llama3:8b`). */
export function parseModelSpec(spec: string): { prefix: BackendPrefix; name: string } {
  const colon = spec.indexOf(':');
  const prefix = colon < 0 ? '' : spec.slice(0, colon);
  const name = colon < 0 ? '' : spec.slice(colon + 1);
  if (name === '') {
    throw new ModelSpecError(
      spec,
      `--model must be PREFIX:NAME with PREFIX one of ${BACKEND_PREFIXES.join(', ')}; got '${spec}'`,
    );
  }
  if (!(BACKEND_PREFIXES as readonly string[]).includes(prefix)) {
    throw new ModelSpecError(
      spec,
      `unknown model prefix '${prefix}' in '${spec}'; expected one of ${BACKEND_PREFIXES.join(', ')}`,
    );
  }
  return { prefix: prefix as BackendPrefix, name };
}

export function createBackend(spec: string, options: BackendOptions = {}): ModelBackend {
  const { prefix, name } = parseModelSpec(spec);
  switch (prefix) {
    case 'ollama':
      return new OllamaBackend(name, options);
    case 'openai':
      return new OpenAIBackend(name, options);
    case 'hf':
      return new HuggingFaceBackend(name, options);
    case 'replay':
      return ReplayBackend.fromFile(name);
  }
}
