// Reads a generations file in CRUXEval's official format: `{"sample_i": [generation, ...], ...}`, where each
// generation is the text that completes `assert f(<input>) == `.

import { readFileSync } from 'node:fs';

/** A generations file that is not `{"id": [string, ...]}`; names the file and the sample. */
export class GenerationsFileError extends Error {
  override name = 'GenerationsFileError';
  constructor(
    readonly file: string,
    readonly sampleId: string | undefined,
    detail: string,
  ) {
    super(`${file}${sampleId === undefined ? '' : `: "${sampleId}"`}: ${detail}`);
  }
}

/** Parses and validates a generations file; key order is kept (the scored file echoes it). */
export function readGenerationsFile(file: string): Record<string, string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GenerationsFileError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new GenerationsFileError(
      file,
      undefined,
      'expected an object mapping sample ids to lists of generations',
    );
  }
  for (const [id, list] of Object.entries(parsed)) {
    if (!Array.isArray(list)) throw new GenerationsFileError(file, id, 'expected a list of generations');
    const bad = list.findIndex((g) => typeof g !== 'string');
    if (bad >= 0) throw new GenerationsFileError(file, id, `generation ${bad} is not a string`);
  }
  return parsed as Record<string, string[]>;
}
