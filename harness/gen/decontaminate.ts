// Decontamination: fine-tuning data must not contain the benchmark programs a model is scored on, nor
// copies of them with renamed variables, other comments or quotes. The index holds the digest of every
// benchmark program's normalized source; a generated program matching one is dropped.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonlOrArray } from '../../benchmarks/records.ts';
import { DEFAULT_SHARED_DATA_DIR } from '../../benchmarks/resolve.ts';
import { digest, normalizeSource } from './normalize.ts';

export interface BenchmarkSource {
  file: string;
  programs: number;
}

export class BenchmarkIndex {
  private readonly digests = new Set<string>();
  readonly sources: BenchmarkSource[] = [];

  /** Adds every record's `code` field of a benchmark file (JSONL or a JSON array; any benchmark). */
  addFile(file: string): void {
    let programs = 0;
    for (const record of readJsonlOrArray(file)) {
      const code = record.value.code;
      if (typeof code !== 'string') continue;
      this.addProgram(code);
      programs++;
    }
    this.sources.push({ file, programs });
  }

  addProgram(code: string): void {
    this.digests.add(digest(normalizeSource(code).text));
  }

  /** True when `normalizedText` (from normalizeSource) is a benchmark program. */
  matches(normalizedText: string): boolean {
    return this.digests.has(digest(normalizedText));
  }

  get size(): number {
    return this.digests.size;
  }
}

/** Benchmark files available in the shared data folder: CRUXEval, and LiveCodeBench when obtained. */
export function defaultBenchmarkFiles(sharedDataDir: string = DEFAULT_SHARED_DATA_DIR): string[] {
  const files: string[] = [];
  const crux = join(sharedDataDir, 'cruxeval', 'cruxeval.jsonl');
  if (existsSync(crux)) files.push(crux);
  const lcbDir = join(sharedDataDir, 'livecodebench-execution');
  if (existsSync(lcbDir)) {
    for (const name of readdirSync(lcbDir).sort()) {
      if (/\.(jsonl|json)$/.test(name)) files.push(join(lcbDir, name));
    }
  }
  return files;
}

export function loadBenchmarkIndex(files: string[]): BenchmarkIndex {
  const index = new BenchmarkIndex();
  for (const file of files) index.addFile(file);
  return index;
}
