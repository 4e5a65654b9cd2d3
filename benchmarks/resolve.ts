// Finds a benchmark's data and loads it. Order: `--data PATH`; the shared data folder next to the repo
// (../shared/data); the download cache (ETCOT_CACHE or ~/.cache/etcot); a fresh download into the cache.

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchmarkName, Sample } from './sample.ts';
import { BenchmarkFormatError, BenchmarkUnavailableError } from './errors.ts';
import { loadCruxeval } from './cruxeval.ts';
import { loadLcbExecution } from './lcb.ts';
import { loadCustom } from './custom.ts';
import {
  DEFAULT_UPSTREAM,
  downloadCruxeval,
  downloadLcbExecution,
  type FetchLike,
  type Upstream,
} from './download.ts';

export const BENCHMARK_NAMES: readonly BenchmarkName[] = ['cruxeval-o', 'lcb-execution', 'custom'];

export interface ResolveOptions {
  benchmark: BenchmarkName;
  /** A file the user named; wins over everything else. */
  data?: string;
  /** Where downloads are kept; default `$ETCOT_CACHE` or `~/.cache/etcot`. */
  cacheDir?: string;
  /** Default: `shared/data` beside the repository root. Tests point it elsewhere. */
  sharedDataDir?: string;
  /** Default: the global fetch. */
  fetch?: FetchLike;
  upstream?: Partial<Upstream>;
  /** Progress lines (e.g. "downloading ..."); default: dropped. */
  log?: (line: string) => void;
}

export interface ResolvedBenchmark {
  samples: Sample[];
  path: string;
  source: 'data' | 'shared' | 'cache' | 'download';
}

export const DEFAULT_SHARED_DATA_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
);

export function isBenchmarkName(name: string): name is BenchmarkName {
  return (BENCHMARK_NAMES as readonly string[]).includes(name);
}

/** Loads one benchmark file with the loader for `benchmark`. */
export function loadBenchmarkFile(benchmark: BenchmarkName, file: string): Sample[] {
  switch (benchmark) {
    case 'cruxeval-o':
      return loadCruxeval(file);
    case 'lcb-execution':
      return loadLcbExecution(file);
    case 'custom':
      return loadCustom(file);
  }
}

export function defaultCacheDir(): string {
  return process.env.ETCOT_CACHE ?? join(homedir(), '.cache', 'etcot');
}

/** Finds, (if needed) downloads, loads and validates a benchmark. */
export async function resolveBenchmark(options: ResolveOptions): Promise<ResolvedBenchmark> {
  const { benchmark } = options;
  if (options.data !== undefined) {
    if (!existsSync(options.data))
      throw new BenchmarkUnavailableError(`--data ${options.data}: no such file`);
    return { samples: loadBenchmarkFile(benchmark, options.data), path: options.data, source: 'data' };
  }
  if (benchmark === 'custom') throw new BenchmarkUnavailableError('benchmark "custom" needs --data PATH');

  const shared = findShared(benchmark, options.sharedDataDir ?? DEFAULT_SHARED_DATA_DIR);
  if (shared !== undefined)
    return { samples: loadBenchmarkFile(benchmark, shared), path: shared, source: 'shared' };

  const cached = join(options.cacheDir ?? defaultCacheDir(), CACHE_FILES[benchmark]);
  if (existsSync(cached))
    return { samples: loadBenchmarkFile(benchmark, cached), path: cached, source: 'cache' };

  const upstream = { ...DEFAULT_UPSTREAM, ...options.upstream };
  const fetchImpl = options.fetch ?? fetch;
  options.log?.(`downloading ${benchmark} into ${cached}`);
  try {
    if (benchmark === 'cruxeval-o') await downloadCruxeval(cached, fetchImpl, upstream);
    else await downloadLcbExecution(cached, fetchImpl, upstream);
  } catch (error) {
    if (!(error instanceof BenchmarkUnavailableError)) throw error;
    throw new BenchmarkUnavailableError(
      `${benchmark} data not found locally and the download failed (${error.message}); ` +
        `pass --data PATH to a local copy`,
    );
  }
  try {
    return { samples: loadBenchmarkFile(benchmark, cached), path: cached, source: 'download' };
  } catch (error) {
    // Never leave a bad download where the next run would take it for a good cache.
    if (error instanceof BenchmarkFormatError) rmSync(cached, { force: true });
    throw error;
  }
}

const CACHE_FILES: Record<Exclude<BenchmarkName, 'custom'>, string> = {
  'cruxeval-o': 'cruxeval.jsonl',
  'lcb-execution': 'livecodebench-execution-v2.jsonl',
};

function findShared(benchmark: Exclude<BenchmarkName, 'custom'>, sharedDir: string): string | undefined {
  if (benchmark === 'cruxeval-o') {
    const file = join(sharedDir, 'cruxeval', 'cruxeval.jsonl');
    return existsSync(file) ? file : undefined;
  }
  const dir = join(sharedDir, 'livecodebench-execution');
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  if (files.length > 1) {
    throw new BenchmarkUnavailableError(
      `${dir} holds several .jsonl files (${files.join(', ')}); pass --data PATH`,
    );
  }
  return files.length === 1 ? join(dir, files[0]) : undefined;
}
