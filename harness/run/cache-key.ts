// Cache keys for generations. A key names one generation exactly (model, prompt, sampling parameters,
// generation index) and nothing else: no host, no API key, no timestamp, so the same question asked by the
// same command always gets the same key, and keys can be shared without leaking secrets.

import { createHash } from 'node:crypto';
import type { Prompt } from '../backends/types.ts';

/** Bump when what a key covers changes, so old caches are not mistaken for new ones. */
export const CACHE_KEY_VERSION = 'etcot-generation-v1';

/** JSON with object keys sorted at every level and undefined members dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, member]) => [key, sortKeys(member)]));
  }
  return value;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function promptHash(prompt: Prompt): string {
  return sha256(canonicalJson(prompt)).slice(0, 16);
}

export interface KeyParts {
  model: string;
  prompt: Prompt;
  params: Record<string, unknown>;
  index: number;
}

export function generationKey(parts: KeyParts): string {
  return sha256(canonicalJson({ v: CACHE_KEY_VERSION, ...parts }));
}
