// Trace cost on CRUXEval: for each granularity, traces every sample and reports the time taken and how
// long the traces are (characters, approximate tokens, steps). Called by `npm run bench`.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadInterpreter } from '../index.ts';
import * as interpreter from '../index.ts';
import { GRANULARITIES, type Granularity } from './steps.ts';
import { traceCall } from './trace-call.ts';

export const DEFAULT_CRUXEVAL_PATH = fileURLToPath(
  new URL('../../../shared/data/cruxeval/cruxeval.jsonl', import.meta.url),
);

export interface TraceBenchResult {
  granularity: Granularity;
  samples: number;
  /** Wall time to trace (run, collect and render) every sample. */
  seconds: number;
  totalChars: number;
  /** totalChars / 4, the usual rough token count for English-like text. */
  approxTokens: number;
  medianChars: number;
  p95Chars: number;
  medianSteps: number;
  p95Steps: number;
  /** Samples whose RESULT line differs from the expected output (interpreter mismatches). */
  wrongResults: number;
}

interface Sample {
  code: string;
  input: string;
  output: string;
}

export async function benchTraces(dataPath: string = DEFAULT_CRUXEVAL_PATH): Promise<TraceBenchResult[]> {
  await loadInterpreter();
  const samples = readFileSync(dataPath, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Sample);
  return GRANULARITIES.map((granularity) => benchOne(granularity, samples));
}

function benchOne(granularity: Granularity, samples: Sample[]): TraceBenchResult {
  const chars: number[] = [];
  const steps: number[] = [];
  let wrongResults = 0;
  const started = performance.now();
  for (const sample of samples) {
    const traced = traceCall(interpreter, sample.code, `f(${sample.input})`, { granularity });
    chars.push(traced.text.length);
    steps.push(traced.steps.length);
    if (traced.output !== sample.output) wrongResults++;
  }
  const seconds = (performance.now() - started) / 1000;
  const totalChars = chars.reduce((a, b) => a + b, 0);
  return {
    granularity,
    samples: samples.length,
    seconds,
    totalChars,
    approxTokens: Math.round(totalChars / 4),
    medianChars: percentile(chars, 0.5),
    p95Chars: percentile(chars, 0.95),
    medianSteps: percentile(steps, 0.5),
    p95Steps: percentile(steps, 0.95),
    wrongResults,
  };
}

/** Nearest-rank percentile. */
function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
