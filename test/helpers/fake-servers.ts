// A local model server for tests, speaking the real wire protocols the client packages use: OpenAI
// (`/v1/chat/completions`, `/v1/completions`, `/v1/models`), Ollama (`/api/chat`, `/api/generate`, plain
// JSON or NDJSON streams) and Hugging Face (its client sends OpenAI-shaped requests to
// `<endpointUrl>/v1/...`; serve it with endpointUrl `<url>/hf`). Tests script the answers and inject
// failures for chosen requests, and read back every request the server saw.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Protocol = 'openai' | 'ollama' | 'hf';

export interface FakeRequest {
  protocol: Protocol;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** Every message's content joined with newlines (chat), or the raw prompt (completion). */
  prompt: string;
  /** How many times this exact prompt has been asked so far, this request included. */
  attempt: number;
}

export type Fault =
  | { status: number; retryAfter?: string; message?: string }
  /** Never answers; the client's timeout or abort ends the request. */
  | { hang: true }
  /** 200 with a body that is not JSON. */
  | { malformed: true }
  /** Closes the connection without an answer. */
  | { drop: true };

export interface FakeServerOptions {
  /** The model's reply to a prompt; `choice` is the index among n choices of one OpenAI request. */
  respond: (prompt: string, request: FakeRequest, choice: number) => string;
  /** A failure to inject instead of answering, or undefined to answer. */
  fault?: (request: FakeRequest) => Fault | undefined;
  /** Delay before every answer. */
  latencyMs?: number;
}

export interface FakeServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Every model request received (not /v1/models), in arrival order. */
  requests: FakeRequest[];
  /** Changes the delay before answers from now on. */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  let latencyMs = options.latencyMs ?? 0;
  const attempts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: String(error) });
      });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const url = req.url ?? '/';
    if (req.method === 'GET' && /\/v1\/models$/.test(url)) {
      return sendJson(res, 200, {
        object: 'list',
        data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'etcot-tests' }],
      });
    }
    const route = routeOf(url);
    if (req.method !== 'POST' || route === undefined)
      return sendJson(res, 404, { error: `no route ${req.method} ${url}` });
    const body = JSON.parse(raw) as Record<string, unknown>;
    const prompt = promptOf(body);
    const attempt = (attempts.get(prompt) ?? 0) + 1;
    attempts.set(prompt, attempt);
    const request: FakeRequest = {
      protocol: route.protocol,
      path: url,
      headers: req.headers,
      body,
      prompt,
      attempt,
    };
    requests.push(request);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const fault = options.fault?.(request);
    if (fault !== undefined) return injectFault(res, fault, route.protocol);
    if (route.protocol === 'ollama')
      return answerOllama(res, route.kind, body, options.respond(prompt, request, 0));
    const n = typeof body.n === 'number' ? body.n : 1;
    const texts = Array.from({ length: n }, (_, choice) => options.respond(prompt, request, choice));
    return sendJson(res, 200, openAIBody(route.kind, String(body.model), texts, prompt));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setLatency: (ms) => {
      latencyMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Route = { protocol: Protocol; kind: 'chat' | 'completion' };

function routeOf(url: string): Route | undefined {
  const path = url.split('?')[0];
  if (path === '/api/chat') return { protocol: 'ollama', kind: 'chat' };
  if (path === '/api/generate') return { protocol: 'ollama', kind: 'completion' };
  const protocol: Protocol = path.startsWith('/hf/') ? 'hf' : 'openai';
  if (path.endsWith('/v1/chat/completions')) return { protocol, kind: 'chat' };
  if (path.endsWith('/v1/completions')) return { protocol, kind: 'completion' };
  return undefined;
}

function promptOf(body: Record<string, unknown>): string {
  if (Array.isArray(body.messages)) {
    return body.messages.map((m: { content?: unknown }) => String(m.content ?? '')).join('\n');
  }
  return String(body.prompt ?? body.inputs ?? '');
}

function injectFault(res: http.ServerResponse, fault: Fault, protocol: Protocol): void {
  if ('hang' in fault) return;
  if ('drop' in fault) {
    res.socket?.destroy();
    return;
  }
  if ('malformed' in fault) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"choices": [{"message": ');
    return;
  }
  const message = fault.message ?? `injected ${fault.status}`;
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
  const body =
    protocol === 'openai'
      ? { error: { message, type: 'fake_error', code: fault.status } }
      : { error: message };
  sendJson(res, fault.status, body, headers);
}

function openAIBody(kind: 'chat' | 'completion', model: string, texts: string[], prompt: string) {
  const usage = { prompt_tokens: words(prompt), completion_tokens: texts.reduce((n, t) => n + words(t), 0) };
  const base = {
    id: 'fake-1',
    created: 1_700_000_000,
    model,
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
  if (kind === 'chat') {
    return {
      ...base,
      object: 'chat.completion',
      choices: texts.map((content, index) => ({
        index,
        message: { role: 'assistant', content },
        finish_reason: 'stop',
        logprobs: null,
      })),
    };
  }
  return {
    ...base,
    object: 'text_completion',
    choices: texts.map((text, index) => ({ index, text, finish_reason: 'stop', logprobs: null })),
  };
}

/** Ollama answers plain JSON when the request says `stream: false`, else NDJSON chunks ending in done. */
function answerOllama(
  res: http.ServerResponse,
  kind: 'chat' | 'completion',
  body: Record<string, unknown>,
  text: string,
) {
  const model = String(body.model);
  const created_at = '2026-01-01T00:00:00Z';
  const piece = (content: string) =>
    kind === 'chat' ? { message: { role: 'assistant', content } } : { response: content };
  const final = {
    model,
    created_at,
    ...piece(body.stream === false ? text : ''),
    done: true,
    done_reason: 'stop',
    total_duration: 1000,
    load_duration: 10,
    prompt_eval_count: words(promptOf(body)),
    prompt_eval_duration: 100,
    eval_count: words(text),
    eval_duration: 500,
  };
  if (body.stream === false) return sendJson(res, 200, final);
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  for (const part of text.match(/[\s\S]{1,8}/g) ?? [])
    res.write(`${JSON.stringify({ model, created_at, ...piece(part), done: false })}\n`);
  res.end(`${JSON.stringify(final)}\n`);
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
