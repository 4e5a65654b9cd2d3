// `replay:<file>`: answers from generations already on disk, with no network. Reads our own
// generations.jsonl, or CRUXEval's `{"sample_i": [text, ...]}` generations file (any other name).

import fs from 'node:fs';
import { readGenerationLog, type Warn } from '../run/generation-log.ts';
import { readGenerationsFile } from '../scoring/generations-file.ts';
import type { GenerationRequest, GenerationResponse, ModelBackend } from './types.ts';

export class ReplayBackend implements ModelBackend {
  readonly id: string;
  readonly maxN = 64;

  constructor(
    private readonly file: string,
    private readonly texts: ReadonlyMap<string, readonly string[]>,
  ) {
    this.id = `replay:${file}`;
  }

  static fromFile(file: string, warn: Warn = (m) => process.stderr.write(`warning: ${m}\n`)): ReplayBackend {
    return new ReplayBackend(file, readReplayTexts(file, warn));
  }

  async generate(request: GenerationRequest, _signal?: AbortSignal): Promise<GenerationResponse> {
    const stored = this.texts.get(request.sampleId) ?? [];
    const texts: string[] = [];
    for (const index of request.indices) {
      const text = stored[index];
      if (text === undefined) {
        const message = `${this.file} holds no generation ${index} for ${request.sampleId} (it has ${stored.length})`;
        return { ok: false, error: { kind: 'client_error', retryable: false, message } };
      }
      texts.push(text);
    }
    return { ok: true, texts };
  }
}

/** Sample id → texts by generation index; failed requests in a generations.jsonl are left out. */
export function readReplayTexts(file: string, warn: Warn): Map<string, string[]> {
  if (!file.endsWith('.jsonl')) return new Map(Object.entries(readGenerationsFile(file)));
  if (!fs.existsSync(file)) throw new Error(`replay: no such file ${file}`);
  const bySample = new Map<string, string[]>();
  for (const record of readGenerationLog(file, warn)) {
    if (record.error !== undefined) continue;
    const texts = bySample.get(record.sampleId) ?? [];
    texts[record.index] = record.text;
    bySample.set(record.sampleId, texts);
  }
  return bySample;
}
