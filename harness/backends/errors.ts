// Turns whatever a client package throws into a BackendError. The three clients throw differently shaped
// errors (openai's APIError, ollama's ResponseError, huggingface's ProviderApiError, undici's fetch
// TypeError with a `cause`), so the classification looks at shapes, not classes.

import type { BackendError } from './types.ts';

/** How to start the server a backend talks to, quoted when nothing answers at its address. */
export interface ServerHint {
  url: string;
  startCommand: string;
}

export function errorFromStatus(status: number, message: string, retryAfter?: string | null): BackendError {
  const retryAfterMs = parseRetryAfter(retryAfter);
  const withRetry = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (status === 429) return { kind: 'rate_limited', retryable: true, status, message, ...withRetry };
  if (status === 408) return { kind: 'timeout', retryable: true, status, message, ...withRetry };
  if (status >= 500) return { kind: 'server_error', retryable: true, status, message, ...withRetry };
  return { kind: 'client_error', retryable: false, status, message };
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function badResponse(message: string): BackendError {
  return { kind: 'bad_response', retryable: false, message };
}

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  status?: unknown;
  status_code?: unknown;
  cause?: unknown;
  headers?: unknown;
  httpResponse?: { status?: unknown };
}

function shapeOf(value: unknown): ErrorShape {
  return typeof value === 'object' && value !== null ? (value as ErrorShape) : {};
}

/** The error and its `cause` chain, outermost first (undici hides the socket error two levels down). */
function causeChain(error: unknown): ErrorShape[] {
  const chain: ErrorShape[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 8) {
    chain.push(shapeOf(current));
    current = shapeOf(current).cause;
  }
  return chain;
}

function statusOf(shape: ErrorShape): number | undefined {
  for (const candidate of [shape.status, shape.status_code, shape.httpResponse?.status]) {
    if (typeof candidate === 'number' && candidate >= 100) return candidate;
  }
  return undefined;
}

function retryAfterOf(shape: ErrorShape): string | null {
  const headers = shape.headers;
  if (typeof headers === 'object' && headers !== null && 'get' in headers) {
    const get = (headers as { get: (name: string) => string | null }).get;
    return get.call(headers, 'retry-after');
  }
  return null;
}

/** A fetch that passes `signal` to every call and remembers the last response's Retry-After header. */
export function observingFetch(signal: AbortSignal): {
  fetch: typeof fetch;
  retryAfter: () => string | null;
} {
  let retryAfter: string | null = null;
  return {
    fetch: async (input, init) => {
      const response = await fetch(input, { ...init, signal });
      retryAfter = response.headers.get('retry-after');
      return response;
    },
    retryAfter: () => retryAfter,
  };
}

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ETIMEDOUT']);

/**
 * Classifies a thrown error. `signal` is the request's own signal: when it fired because of the
 * per-request timeout the error is a timeout, whatever the client made of the abort. `retryAfter` is the
 * header as seen by our own fetch, for clients whose errors drop the response headers.
 */
export function classifyThrown(
  error: unknown,
  signal: AbortSignal,
  hint: ServerHint,
  retryAfter?: string | null,
): BackendError {
  if (signal.aborted) {
    const reason = shapeOf(signal.reason);
    if (reason.name === 'TimeoutError') {
      return { kind: 'timeout', retryable: true, message: 'request timed out' };
    }
    return { kind: 'client_error', retryable: false, message: 'request aborted' };
  }
  const chain = causeChain(error);
  const message = messageOf(error);
  for (const shape of chain) {
    const status = statusOf(shape);
    if (status !== undefined) return errorFromStatus(status, message, retryAfterOf(shape) ?? retryAfter);
  }
  const codes = chain.map((shape) => shape.code).filter((code): code is string => typeof code === 'string');
  if (codes.includes('ECONNREFUSED')) {
    return {
      kind: 'unreachable',
      retryable: false,
      message: `nothing is listening at ${hint.url} (connection refused). Is the server running? Start it with \`${hint.startCommand}\`, or pass --base-url.`,
    };
  }
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) {
    return { kind: 'unreachable', retryable: false, message: `cannot resolve the host of ${hint.url}` };
  }
  if (codes.some((code) => RESET_CODES.has(code)) || chain.some(isDroppedConnection)) {
    return { kind: 'server_error', retryable: true, message: `connection dropped: ${message}` };
  }
  if (chain.some((shape) => shape.name === 'TimeoutError' || /timed out/i.test(String(shape.message)))) {
    return { kind: 'timeout', retryable: true, message };
  }
  if (chain.some((shape) => shape.name === 'SyntaxError')) {
    return badResponse(`response is not valid JSON: ${message}`);
  }
  // undici's wrapper for every network failure; what is left (a refused port number, a bad URL) will
  // not get better by asking again.
  if (chain.some((shape) => shape.message === 'fetch failed')) {
    return { kind: 'unreachable', retryable: false, message: `cannot connect to ${hint.url}: ${message}` };
  }
  return badResponse(message);
}

function isDroppedConnection(shape: ErrorShape): boolean {
  const message = String(shape.message ?? '');
  return /other side closed|socket hang up|terminated|ECONNRESET/i.test(message);
}

/** The messages down the cause chain, so `Connection error.` says what the connection error was. */
function messageOf(error: unknown): string {
  const messages = causeChain(error)
    .map((shape) => (typeof shape.message === 'string' ? shape.message : ''))
    .filter((message, i, all) => message !== '' && all.indexOf(message) === i);
  return messages.length > 0 ? messages.join(': ') : String(error);
}
