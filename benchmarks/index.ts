// Public surface of benchmarks/: loaders, filters and resolution. The harness imports from here.

export type { BenchmarkName, Sample } from './sample.ts';
export { BenchmarkFilterError, BenchmarkFormatError, BenchmarkUnavailableError } from './errors.ts';
export { loadCruxeval } from './cruxeval.ts';
export { loadLcbExecution } from './lcb.ts';
export { loadCustom } from './custom.ts';
export { filterSamples, type SampleFilter } from './filters.ts';
export { DEFAULT_UPSTREAM, type FetchLike, type Upstream } from './download.ts';
export {
  BENCHMARK_NAMES,
  defaultCacheDir,
  isBenchmarkName,
  loadBenchmarkFile,
  resolveBenchmark,
  type ResolveOptions,
  type ResolvedBenchmark,
} from './resolve.ts';
export {
  BENCHMARK_OPTIONS,
  BENCHMARK_OPTIONS_HELP,
  filterFromArgs,
  isFiltered,
  selectBenchmark,
  type BenchmarkArgs,
} from './options.ts';
