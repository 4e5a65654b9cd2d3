// Scripted model answers for CRUXEval samples: right for a chosen set of samples, wrong for the rest, so a
// test knows the exact accuracy a correct harness must report.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCruxeval } from '../../benchmarks/index.ts';
import type { Sample } from '../../benchmarks/sample.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CRUXEVAL_FILE = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'cruxeval', 'cruxeval.jsonl');

/** A string no CRUXEval output equals, so an answer built from it is always scored wrong. */
export const WRONG_VALUE = "'etcot: planted wrong answer'";

export function cruxevalSamples(limit: number): Sample[] {
  return loadCruxeval(CRUXEVAL_FILE).slice(0, limit);
}

/**
 * Marks exactly `correct` of the first `total` samples right, spread over the list rather than the first
 * ones (37 is coprime with 100, so i * 37 mod total walks every residue once when total is 100).
 */
export function plantedCorrect(samples: readonly Sample[], correct: number): Set<string> {
  return new Set(samples.filter((_, i) => (i * 37) % samples.length < correct).map((s) => s.id));
}

/** The sample a prompt asks about: the one whose code appears last (few-shot examples come first). */
export function sampleOfPrompt(samples: readonly Sample[], prompt: string): Sample {
  let best: Sample | undefined;
  let bestAt = -1;
  for (const sample of samples) {
    const codeAt = prompt.lastIndexOf(sample.code);
    if (codeAt < 0 || prompt.lastIndexOf(sample.call) < codeAt) continue;
    // Same code, different call: the later call wins the tie.
    const at = codeAt * 1e6 + prompt.lastIndexOf(sample.call);
    if (at > bestAt) [best, bestAt] = [sample, at];
  }
  if (best === undefined) throw new Error(`no sample found in prompt: ${prompt.slice(-200)}`);
  return best;
}

/** A chain-of-thought reply ending in the `[ANSWER]` block the cot template asks for. */
export function cotReply(sample: Sample, right: boolean): string {
  const value = right ? sample.output : WRONG_VALUE;
  return `Let's execute the code step by step:\n1. The function is called.\n2. It returns.\n[ANSWER]\nassert ${sample.call} == ${value}\n[/ANSWER]`;
}

export function plantedResponder(samples: readonly Sample[], correct: Set<string>) {
  return (prompt: string) => {
    const sample = sampleOfPrompt(samples, prompt);
    return cotReply(sample, correct.has(sample.id));
  };
}
