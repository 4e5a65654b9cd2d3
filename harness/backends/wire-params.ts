// Sampling parameters under the names a server expects. The servers agree on temperature, stop and seed;
// the token limit is `max_tokens` (OpenAI, HF chat), `num_predict` (Ollama) or `max_new_tokens` (HF text).
// Unset parameters are left out, so each server's own default applies.

import type { SamplingParams } from './types.ts';

export type MaxTokensName = 'max_tokens' | 'num_predict' | 'max_new_tokens';

export function wireParams(params: SamplingParams, maxTokensName: MaxTokensName = 'max_tokens') {
  return {
    ...(params.temperature === undefined ? {} : { temperature: params.temperature }),
    ...(params.maxTokens === undefined ? {} : { [maxTokensName]: params.maxTokens }),
    ...(params.stop === undefined || params.stop.length === 0 ? {} : { stop: params.stop }),
    ...(params.seed === undefined ? {} : { seed: params.seed }),
  };
}
