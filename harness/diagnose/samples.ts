// Where run-level diagnosis finds a sample's code and call: the run's benchmark, loaded once per benchmark
// through the benchmark loaders (or one file the user names).

import {
  isBenchmarkName,
  loadBenchmarkFile,
  resolveBenchmark,
  type BenchmarkName,
  type Sample,
} from '../../benchmarks/index.ts';

/** Loads each benchmark once; with `data`, every benchmark's samples come from that file. */
export function benchmarkSamplesLoader(
  data?: string,
  sharedDataDir?: string,
): (benchmark: string) => Promise<ReadonlyMap<string, Sample>> {
  const loaded = new Map<string, Promise<ReadonlyMap<string, Sample>>>();
  return (benchmark) => {
    let samples = loaded.get(benchmark);
    if (samples === undefined) {
      samples = load(benchmark, data, sharedDataDir);
      loaded.set(benchmark, samples);
    }
    return samples;
  };
}

async function load(
  benchmark: string,
  data?: string,
  sharedDataDir?: string,
): Promise<ReadonlyMap<string, Sample>> {
  const name: BenchmarkName = isBenchmarkName(benchmark) ? benchmark : 'custom';
  const samples =
    data !== undefined
      ? loadBenchmarkFile(name, data)
      : (
          await resolveBenchmark({
            benchmark: name,
            ...(sharedDataDir === undefined ? {} : { sharedDataDir }),
          })
        ).samples;
  return new Map(samples.map((s) => [s.id, s]));
}

/** Samples already in memory (e.g. those `etcot eval` just ran), whatever benchmark is asked for. */
export function samplesLoaderFrom(samples: readonly Sample[]): () => Promise<ReadonlyMap<string, Sample>> {
  const byId: ReadonlyMap<string, Sample> = new Map(samples.map((s) => [s.id, s]));
  return () => Promise.resolve(byId);
}
