// The one interface every model backend implements. Backends never throw: a failed call comes back as a
// typed BackendError so the run loop can decide (retry, record, abort) without string matching.

export type ApiKind = 'chat' | 'completion';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A rendered prompt: messages for chat models, one raw string for base/completion models. */
export type Prompt = { api: 'chat'; messages: ChatMessage[] } | { api: 'completion'; text: string };

export interface SamplingParams {
  temperature?: number;
  maxTokens?: number;
  stop?: string[];
  seed?: number;
}

export interface GenerationRequest {
  sampleId: string;
  /** Which of the sample's n generations this request produces; one text comes back per index. */
  indices: number[];
  prompt: Prompt;
  params: SamplingParams;
}

export interface TokenUsage {
  promptTokens?: number;
  completionTokens?: number;
}

export type BackendErrorKind =
  'rate_limited' | 'server_error' | 'timeout' | 'unreachable' | 'bad_response' | 'client_error';

export interface BackendError {
  kind: BackendErrorKind;
  /** True when asking again later may succeed (429, 5xx, timeouts, dropped connections). */
  retryable: boolean;
  message: string;
  status?: number;
  /** From a Retry-After header, when the server sent one. */
  retryAfterMs?: number;
}

export type GenerationResponse =
  { ok: true; texts: string[]; usage?: TokenUsage } | { ok: false; error: BackendError };

export interface ModelBackend {
  /** `prefix:name`, e.g. `openai:qwen2.5-7b`; part of the cache key, so it holds no host or secret. */
  readonly id: string;
  /** Most generations one request can return (OpenAI's `n`); 1 for servers that answer one at a time. */
  readonly maxN: number;
  generate(request: GenerationRequest, signal: AbortSignal): Promise<GenerationResponse>;
}

export interface BackendOptions {
  /** Server or endpoint URL; each backend has its own default. */
  baseUrl?: string;
  /** Where keys and hosts are read from; process.env unless a test passes its own. */
  env?: Record<string, string | undefined>;
}
