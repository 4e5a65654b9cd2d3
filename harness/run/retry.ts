// Asks a backend until it answers, a non-retryable error comes back, or the attempts run out. Waits between
// attempts grow exponentially with full jitter (a random wait between 0 and the cap), so many workers that
// hit a rate limit together do not come back together; a server's Retry-After wins when it sends one.

import type { BackendError, GenerationRequest, GenerationResponse, ModelBackend } from '../backends/types.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included (default 5). */
  maxAttempts: number;
  /** Cap of the first wait; it doubles each attempt (default 1000 ms). */
  baseDelayMs: number;
  /** Largest wait between attempts, Retry-After included (default 60 000 ms). */
  maxDelayMs: number;
  /** Each attempt is aborted and counted as a timeout after this long (default 120 000 ms). */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 120_000,
};

export interface RetryEnvironment {
  /** Aborts waits and in-flight attempts when the whole run stops. */
  signal?: AbortSignal;
  /** Returns a number in [0, 1); Math.random unless a test fixes it. */
  random?: () => number;
  onRetry?: (error: BackendError, attempt: number, delayMs: number) => void;
}

export interface RetriedResponse {
  response: GenerationResponse;
  attempts: number;
  /** Time of the attempt that produced the response. */
  latencyMs: number;
}

export function backoffDelay(
  error: BackendError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
) {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxDelayMs);
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

export async function generateWithRetries(
  backend: ModelBackend,
  request: GenerationRequest,
  policy: RetryPolicy,
  env: RetryEnvironment = {},
): Promise<RetriedResponse> {
  const random = env.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const signal = env.signal ? AbortSignal.any([env.signal, timeout]) : timeout;
    const started = performance.now();
    const response = await backend.generate(request, signal);
    const latencyMs = Math.round(performance.now() - started);
    if (response.ok || !response.error.retryable || attempt >= policy.maxAttempts || env.signal?.aborted) {
      return { response, attempts: attempt, latencyMs };
    }
    const delayMs = backoffDelay(response.error, attempt, policy, random);
    env.onRetry?.(response.error, attempt, delayMs);
    await sleep(delayMs, env.signal);
    if (env.signal?.aborted) return { response, attempts: attempt, latencyMs };
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
