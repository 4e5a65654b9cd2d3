// `ollama:<model>`: a local Ollama server. It returns one generation per call, so n samples are n calls.

import { Ollama } from 'ollama';
import { badResponse, classifyThrown, observingFetch, type ServerHint } from './errors.ts';
import { wireParams } from './wire-params.ts';
import type { BackendOptions, GenerationRequest, GenerationResponse, ModelBackend } from './types.ts';

const DEFAULT_HOST = 'http://127.0.0.1:11434';

export class OllamaBackend implements ModelBackend {
  readonly id: string;
  readonly maxN = 1;
  private readonly host: string;
  private readonly hint: ServerHint;

  constructor(
    private readonly model: string,
    options: BackendOptions = {},
  ) {
    const env = options.env ?? process.env;
    this.host = options.baseUrl ?? env.OLLAMA_HOST ?? DEFAULT_HOST;
    this.id = `ollama:${model}`;
    this.hint = { url: this.host, startCommand: `ollama serve` };
  }

  async generate(request: GenerationRequest, signal: AbortSignal): Promise<GenerationResponse> {
    if (request.indices.length !== 1) {
      return {
        ok: false,
        error: badResponse(`ollama answers one generation per call, asked for ${request.indices.length}`),
      };
    }
    // ollama@0.6.4 passes no AbortSignal to fetch for non-streamed calls and keeps no response headers in
    // its errors, so each call gets a client whose fetch carries this request's signal (that is what makes
    // per-request timeouts work) and notes Retry-After.
    const http = observingFetch(signal);
    const client = new Ollama({ host: this.host, fetch: http.fetch });
    const options = wireParams(request.params, 'num_predict');
    try {
      if (request.prompt.api === 'chat') {
        const response = await client.chat({
          model: this.model,
          messages: request.prompt.messages,
          options,
          stream: false,
        });
        const text = response?.message?.content;
        if (typeof text !== 'string')
          return { ok: false, error: badResponse('chat response has no message.content') };
        return { ok: true, texts: [text], usage: usageOf(response) };
      }
      const response = await client.generate({
        model: this.model,
        prompt: request.prompt.text,
        raw: true,
        options,
        stream: false,
      });
      const text = response?.response;
      if (typeof text !== 'string')
        return { ok: false, error: badResponse('generate response has no response text') };
      return { ok: true, texts: [text], usage: usageOf(response) };
    } catch (error) {
      return { ok: false, error: classifyThrown(error, signal, this.hint, http.retryAfter()) };
    }
  }
}

function usageOf(response: { prompt_eval_count?: number; eval_count?: number }) {
  return { promptTokens: response.prompt_eval_count, completionTokens: response.eval_count };
}
