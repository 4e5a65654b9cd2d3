// The generation loop: for every sample and generation index not already in the log, ask the backend
// (through a bounded, rate-limited queue, with retries) and append the answer to the log as it arrives.

import PQueue from 'p-queue';
import type { Sample } from '../../benchmarks/sample.ts';
import type { BackendError, ModelBackend, Prompt, SamplingParams } from '../backends/types.ts';
import { generationKey, promptHash } from './cache-key.ts';
import type { GenerationLine, GenerationLog } from './generation-log.ts';
import { generateWithRetries, type RetriedResponse, type RetryPolicy } from './retry.ts';

export interface GenerationPlan {
  samples: readonly Sample[];
  /** Generations per sample. */
  n: number;
  backend: ModelBackend;
  promptMode: string;
  render: (sample: Sample) => Prompt;
  params: SamplingParams;
}

export interface QueueLimits {
  concurrency: number;
  /** Requests started per minute, spread evenly; unlimited when absent. */
  rpm?: number;
}

export interface RunHooks {
  /** Every generation of the plan, exactly once: from the log (`cached`), fresh, or failed for good. */
  onGeneration?: (sample: Sample, line: GenerationLine, cached: boolean) => void;
  onRetry?: (sample: Sample, error: BackendError, attempt: number, delayMs: number) => void;
}

export interface RunOutcome {
  cached: number;
  generated: number;
  failed: number;
  /** Set when the run stopped early because the server cannot be reached at all. */
  fatal?: BackendError;
  interrupted: boolean;
}

interface Pending {
  sample: Sample;
  prompt: Prompt;
  indices: number[];
  keys: string[];
}

export async function runGenerations(
  plan: GenerationPlan,
  log: GenerationLog,
  limits: QueueLimits,
  retry: RetryPolicy,
  hooks: RunHooks = {},
  signal?: AbortSignal,
): Promise<RunOutcome> {
  const outcome: RunOutcome = { cached: 0, generated: 0, failed: 0, interrupted: false };
  const params = keyParams(plan.params);
  const pending = missingRequests(plan, log, params, (sample, line) => {
    outcome.cached++;
    hooks.onGeneration?.(sample, line, true);
  });

  const stop = new AbortController();
  const runSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const queue = new PQueue(queueOptions(limits));
  const ask = async (job: Pending) => {
    if (runSignal.aborted) return;
    const request = {
      sampleId: job.sample.id,
      indices: job.indices,
      prompt: job.prompt,
      params: requestParams(plan, job),
    };
    const result = await generateWithRetries(plan.backend, request, retry, {
      signal: runSignal,
      onRetry: (error, attempt, delayMs) => hooks.onRetry?.(job.sample, error, attempt, delayMs),
    });
    // A request cut short by the run stopping is neither an answer nor the model's failure.
    if (runSignal.aborted) return;
    const { response } = result;
    if (!response.ok && response.error.kind === 'unreachable') {
      outcome.fatal ??= response.error;
      queue.clear();
      stop.abort();
      return;
    }
    for (const line of recordLines(plan, params, job, result)) {
      log.append(line);
      if (line.error === undefined) outcome.generated++;
      else outcome.failed++;
      hooks.onGeneration?.(job.sample, line, false);
    }
  };
  let crash: unknown;
  for (const job of pending) {
    // A throw here is our bug or a full disk, not a model error: stop everything and report it.
    queue
      .add(() => ask(job))
      .catch((error: unknown) => {
        crash ??= error;
        queue.clear();
        stop.abort();
      });
  }
  await queue.onIdle();
  if (crash !== undefined) throw crash;
  outcome.interrupted = signal?.aborted ?? false;
  return outcome;
}

/**
 * The requests still to make: each sample's generation indices that the log does not hold, in groups of
 * up to maxN (OpenAI's `n`; other servers get one request per index). Logged ones go to `onCached`.
 */
function missingRequests(
  plan: GenerationPlan,
  log: GenerationLog,
  params: Record<string, unknown>,
  onCached: (sample: Sample, line: GenerationLine) => void,
): Pending[] {
  const pending: Pending[] = [];
  for (const sample of plan.samples) {
    const prompt = plan.render(sample);
    const indices: number[] = [];
    const keys: string[] = [];
    for (let index = 0; index < plan.n; index++) {
      const key = generationKey({ model: plan.backend.id, prompt, params, index });
      const stored = log.get(key);
      // Two samples with the same prompt share answers; the line is relabelled for this one.
      if (stored !== undefined) onCached(sample, { ...stored, sampleId: sample.id, index });
      else {
        indices.push(index);
        keys.push(key);
      }
    }
    for (let at = 0; at < indices.length; at += plan.backend.maxN) {
      const end = at + plan.backend.maxN;
      pending.push({ sample, prompt, indices: indices.slice(at, end), keys: keys.slice(at, end) });
    }
  }
  return pending;
}

/** One log line per generation index of a finished request: its text, or the error that ended it. */
function recordLines(
  plan: GenerationPlan,
  params: Record<string, unknown>,
  job: Pending,
  result: RetriedResponse,
): GenerationLine[] {
  const { response } = result;
  const at = new Date().toISOString();
  return job.indices.map((index, i) => {
    const line = {
      key: job.keys[i],
      sampleId: job.sample.id,
      index,
      model: plan.backend.id,
      promptMode: plan.promptMode,
      promptHash: promptHash(job.prompt),
      params,
      latencyMs: result.latencyMs,
      at,
    };
    if (!response.ok) return { ...line, text: '', error: errorField(response.error, result.attempts) };
    // Token usage belongs to the request, so it is recorded once, on its first generation.
    const usage = i === 0 && response.usage ? { usage: response.usage } : {};
    return { ...line, text: response.texts[i], ...usage };
  });
}

/** Parameters as they enter the cache key and the records: the user's settings, nothing secret. */
function keyParams(params: SamplingParams): Record<string, unknown> {
  return {
    temperature: params.temperature,
    maxTokens: params.maxTokens,
    stop: params.stop,
    seed: params.seed,
  };
}

/**
 * With a seed, requests that each make one generation get seed + index, or all n generations of a sample
 * would come out the same.
 */
function requestParams(plan: GenerationPlan, job: Pending): SamplingParams {
  if (plan.params.seed === undefined || job.indices.length > 1) return plan.params;
  return { ...plan.params, seed: plan.params.seed + job.indices[0] };
}

function queueOptions(limits: QueueLimits) {
  if (!Number.isInteger(limits.concurrency) || limits.concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${limits.concurrency}`);
  }
  if (limits.rpm === undefined) return { concurrency: limits.concurrency };
  if (!(limits.rpm > 0)) throw new RangeError(`rpm must be positive, got ${limits.rpm}`);
  // One start per slot of 60/rpm seconds: an even pace rather than a burst at the top of each minute.
  return {
    concurrency: limits.concurrency,
    intervalCap: 1,
    interval: Math.max(1, Math.round(60_000 / limits.rpm)),
  };
}

function errorField(error: BackendError, attempts: number): NonNullable<GenerationLine['error']> {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.status === undefined ? {} : { status: error.status }),
    attempts,
  };
}
