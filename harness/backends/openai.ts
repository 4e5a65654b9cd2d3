// `openai:<model>`: any OpenAI-compatible server (vLLM, llama.cpp server, OpenAI itself).

import OpenAI from 'openai';
import { badResponse, classifyThrown, type ServerHint } from './errors.ts';
import { wireParams } from './wire-params.ts';
import type {
  BackendOptions,
  GenerationRequest,
  GenerationResponse,
  ModelBackend,
  TokenUsage,
} from './types.ts';

const DEFAULT_BASE_URL = 'http://127.0.0.1:8000/v1';
/** Local servers such as vLLM accept any key, but the client refuses to start without one. */
const PLACEHOLDER_KEY = 'sk-local-no-key';

export class OpenAIBackend implements ModelBackend {
  readonly id: string;
  readonly maxN = 16;
  private readonly client: OpenAI;
  private readonly hint: ServerHint;

  constructor(
    private readonly model: string,
    options: BackendOptions = {},
  ) {
    const env = options.env ?? process.env;
    const baseURL = options.baseUrl ?? env.OPENAI_BASE_URL ?? DEFAULT_BASE_URL;
    this.id = `openai:${model}`;
    // Our run loop owns retries and timeouts; the client's own would multiply them.
    this.client = new OpenAI({ baseURL, apiKey: env.OPENAI_API_KEY ?? PLACEHOLDER_KEY, maxRetries: 0 });
    this.hint = { url: baseURL, startCommand: `vllm serve ${model} --port 8000` };
  }

  async generate(request: GenerationRequest, signal: AbortSignal): Promise<GenerationResponse> {
    const n = request.indices.length;
    const sampling = { n, ...wireParams(request.params) };
    try {
      if (request.prompt.api === 'chat') {
        const completion = await this.client.chat.completions.create(
          { model: this.model, messages: request.prompt.messages, ...sampling },
          { signal },
        );
        const texts = (completion.choices ?? []).map((choice) => choice?.message?.content);
        return collect(texts, n, completion.usage);
      }
      const completion = await this.client.completions.create(
        { model: this.model, prompt: request.prompt.text, ...sampling },
        { signal },
      );
      const texts = (completion.choices ?? []).map((choice) => choice?.text);
      return collect(texts, n, completion.usage);
    } catch (error) {
      return { ok: false, error: classifyThrown(error, signal, this.hint) };
    }
  }
}

interface WireUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

function collect(texts: unknown[], n: number, usage: WireUsage | undefined): GenerationResponse {
  if (texts.length !== n)
    return { ok: false, error: badResponse(`asked for ${n} choices, got ${texts.length}`) };
  if (!texts.every((text): text is string => typeof text === 'string')) {
    return { ok: false, error: badResponse('a choice has no text') };
  }
  return { ok: true, texts, ...usageField(usage) };
}

function usageField(usage: WireUsage | undefined): { usage?: TokenUsage } {
  if (usage === undefined || usage === null) return {};
  return { usage: { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } };
}
