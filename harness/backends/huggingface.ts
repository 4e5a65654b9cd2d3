// `hf:<model>`: Hugging Face Inference through @huggingface/inference. With --base-url the client talks to
// a dedicated endpoint (or any TGI server) through `endpointUrl`; without it, to the serverless router.

import { InferenceClient } from '@huggingface/inference';
import { badResponse, classifyThrown, observingFetch, type ServerHint } from './errors.ts';
import { wireParams } from './wire-params.ts';
import type { BackendOptions, GenerationRequest, GenerationResponse, ModelBackend } from './types.ts';

export class HuggingFaceBackend implements ModelBackend {
  readonly id: string;
  readonly maxN = 1;
  private readonly client: InferenceClient;
  private readonly hint: ServerHint;

  constructor(
    private readonly model: string,
    options: BackendOptions = {},
  ) {
    const env = options.env ?? process.env;
    this.id = `hf:${model}`;
    const endpoint = options.baseUrl === undefined ? {} : { endpointUrl: options.baseUrl };
    this.client = new InferenceClient(env.HF_TOKEN ?? '', endpoint);
    this.hint = {
      url: options.baseUrl ?? 'https://router.huggingface.co',
      startCommand: `text-generation-launcher --model-id ${model}`,
    };
  }

  async generate(request: GenerationRequest, signal: AbortSignal): Promise<GenerationResponse> {
    if (request.indices.length !== 1) {
      return {
        ok: false,
        error: badResponse(`hf answers one generation per call, asked for ${request.indices.length}`),
      };
    }
    // The client retries 503s forever on its own unless told not to; our run loop does the retrying. Its
    // errors keep no response headers, so our fetch notes Retry-After.
    const http = observingFetch(signal);
    const callOptions = { signal, retry_on_error: false, fetch: http.fetch };
    try {
      if (request.prompt.api === 'chat') {
        const response = await this.client.chatCompletion(
          {
            model: this.model,
            messages: request.prompt.messages.map(({ role, content }) => ({ role, content })),
            ...wireParams(request.params),
          },
          callOptions,
        );
        const text = response?.choices?.[0]?.message?.content;
        if (typeof text !== 'string')
          return { ok: false, error: badResponse('chat response has no message.content') };
        const usage = response.usage;
        return {
          ok: true,
          texts: [text],
          ...(usage
            ? { usage: { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens } }
            : {}),
        };
      }
      const response = await this.client.textGeneration(
        {
          model: this.model,
          inputs: request.prompt.text,
          parameters: wireParams(request.params, 'max_new_tokens'),
        },
        callOptions,
      );
      const text = response?.generated_text;
      if (typeof text !== 'string')
        return { ok: false, error: badResponse('response has no generated_text') };
      return { ok: true, texts: [text] };
    } catch (error) {
      return { ok: false, error: classifyThrown(error, signal, this.hint, http.retryAfter()) };
    }
  }
}
