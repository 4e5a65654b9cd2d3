// An in-memory ModelBackend for run-loop tests: each request gets the next scripted step for its sample.

import type {
  BackendError,
  GenerationRequest,
  GenerationResponse,
  ModelBackend,
} from '../../harness/backends/types.ts';

/** What one request gets: texts (one per index, made by the function), an error, or a wait for abort. */
export type Step = { error: BackendError } | 'hang' | ((request: GenerationRequest) => string[]);

export class ScriptedBackend implements ModelBackend {
  readonly id = 'scripted:model';
  readonly requests: GenerationRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    readonly maxN: number,
    /** The steps for each sample; a sample without steps (or past its last) is answered `answer(id, i)`. */
    private readonly script: Record<string, Step[]> = {},
    private readonly delayMs = 0,
  ) {}

  async generate(request: GenerationRequest, signal: AbortSignal): Promise<GenerationResponse> {
    this.requests.push(request);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const seen = this.requests.filter((r) => r.sampleId === request.sampleId).length;
      const step = this.script[request.sampleId]?.[seen - 1];
      if (this.delayMs > 0) await wait(this.delayMs, signal);
      if (step === 'hang') {
        await wait(60_000, signal);
        const timedOut = (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
        return {
          ok: false,
          error: { kind: timedOut ? 'timeout' : 'client_error', retryable: timedOut, message: 'hung' },
        };
      }
      if (step !== undefined && typeof step === 'object') return { ok: false, error: step.error };
      const texts = step ? step(request) : request.indices.map((i) => `answer(${request.sampleId}, ${i})`);
      return { ok: true, texts, usage: { promptTokens: 10, completionTokens: 2 } };
    } finally {
      this.inFlight--;
    }
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export const rateLimited = (retryAfterMs?: number): Step => ({
  error: {
    kind: 'rate_limited',
    retryable: true,
    message: '429',
    status: 429,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  },
});
export const serverError: Step = {
  error: { kind: 'server_error', retryable: true, message: '500', status: 500 },
};
export const badRequest: Step = {
  error: { kind: 'client_error', retryable: false, message: '400 bad', status: 400 },
};
export const unreachable: Step = {
  error: { kind: 'unreachable', retryable: false, message: 'nothing is listening' },
};
