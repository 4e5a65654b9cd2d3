// The command-line options every benchmark-reading command shares (`etcot eval`, `etcot score`, ...), so they
// are spelled and checked the same way everywhere. Spread BENCHMARK_OPTIONS into node:util parseArgs options,
// then hand the parsed values to selectBenchmark.

import type { BenchmarkName, Sample } from './sample.ts';
import { BenchmarkFilterError } from './errors.ts';
import { filterSamples, type SampleFilter } from './filters.ts';
import {
  BENCHMARK_NAMES,
  isBenchmarkName,
  resolveBenchmark,
  type ResolvedBenchmark,
  type ResolveOptions,
} from './resolve.ts';

export const BENCHMARK_OPTIONS = {
  benchmark: { type: 'string' },
  data: { type: 'string' },
  ids: { type: 'string' },
  limit: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  difficulty: { type: 'string' },
} as const;

/** Help lines for BENCHMARK_OPTIONS, to paste into a command's usage text. */
export const BENCHMARK_OPTIONS_HELP = `  --benchmark NAME     ${BENCHMARK_NAMES.join(', ')}
  --data PATH          benchmark file (default: ../shared/data, then the cache, then a download)
  --ids A,B,...        only these sample ids
  --limit N            only the first N samples left after the other filters
  --since YYYY-MM-DD   only samples from contests on or after this date (LiveCodeBench)
  --until YYYY-MM-DD   only samples from contests on or before this date (LiveCodeBench)
  --difficulty D,...   only these difficulties, e.g. easy,medium (LiveCodeBench)`;

export interface BenchmarkArgs {
  benchmark?: string;
  data?: string;
  ids?: string;
  limit?: string;
  since?: string;
  until?: string;
  difficulty?: string;
}

/** Turns parsed option values into a filter; throws BenchmarkFilterError on a malformed value. */
export function filterFromArgs(values: BenchmarkArgs): SampleFilter {
  const list = (text: string | undefined) =>
    text
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const filter: SampleFilter = {};
  const ids = list(values.ids);
  if (ids !== undefined) filter.ids = ids;
  const difficulty = list(values.difficulty);
  if (difficulty !== undefined) filter.difficulty = difficulty;
  if (values.since !== undefined) filter.since = values.since;
  if (values.until !== undefined) filter.until = values.until;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit)) {
      throw new BenchmarkFilterError(`--limit must be a non-negative integer, got "${values.limit}"`);
    }
    filter.limit = Number(values.limit);
  }
  return filter;
}

/** True when any filter narrows the benchmark. */
export function isFiltered(filter: SampleFilter): boolean {
  return Object.values(filter).some((v) => v !== undefined);
}

/** Resolves, loads and filters the benchmark the options name (`defaultBenchmark` when none is given). */
export async function selectBenchmark(
  values: BenchmarkArgs,
  defaultBenchmark: BenchmarkName,
  extra: Omit<ResolveOptions, 'benchmark' | 'data'> = {},
): Promise<{ resolved: ResolvedBenchmark; samples: Sample[]; filter: SampleFilter }> {
  const benchmark = values.benchmark ?? defaultBenchmark;
  if (!isBenchmarkName(benchmark)) {
    throw new BenchmarkFilterError(`unknown benchmark "${benchmark}" (known: ${BENCHMARK_NAMES.join(', ')})`);
  }
  const filter = filterFromArgs(values);
  const resolved = await resolveBenchmark({ ...extra, benchmark, data: values.data });
  return { resolved, samples: filterSamples(resolved.samples, filter), filter };
}
