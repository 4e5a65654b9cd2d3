// The streaming loop of `etcot gen`: reads the programs file line by line, generates each program's
// records and appends them to the output as it goes. Memory stays bounded whatever the corpus size: only
// dedup digests and trace lengths are kept. Interrupting (the abort signal) stops after the current
// program with everything written flushed; `resume` continues such a run.

import { closeSync, createReadStream, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as interpreter from '../../interpreter/index.ts';
import { defaultBenchmarkFiles, loadBenchmarkIndex, type BenchmarkIndex } from './decontaminate.ts';
import { TraceGenerator, type GeneratorOptions } from './generator.ts';
import { GenProgress, type ProgressStream } from './progress.ts';
import { GenInputError, parseProgramLine, TracePrompt } from './records.ts';
import { prepareResume } from './resume.ts';
import type { GenStatsReport } from './stats.ts';
import { initSyntax } from './syntax.ts';

export interface GenRunOptions extends Omit<GeneratorOptions, 'benchmarks' | 'prompt' | 'warn'> {
  programsFile: string;
  outFile: string;
  resume: boolean;
  excludeBenchmarks: boolean;
  /** Benchmark files to decontaminate against; default: what the shared data folder holds. */
  benchmarkData?: string[];
  promptFile?: string;
  fewShot?: boolean;
  statsFile?: string;
  /** Errors and notes (one line each, no newline). */
  log: (line: string) => void;
  progress?: ProgressStream;
  /** Non-terminal progress: a line every this many programs. */
  progressEvery?: number;
  signal?: AbortSignal;
}

export interface GenRunResult extends GenStatsReport {
  interrupted: boolean;
  benchmark_sources: { file: string; programs: number }[];
}

/** Flushes the output buffer at this size; a crash loses at most this much (resume redoes it). */
const FLUSH_BYTES = 1 << 16;
/** Longest stretch of work between two turns of the event loop. */
const YIELD_MS = 100;

export async function runGen(options: GenRunOptions): Promise<GenRunResult> {
  // Checked before the output is opened (and truncated) for writing.
  if (!existsSync(options.programsFile)) throw new Error(`--programs ${options.programsFile}: no such file`);
  await interpreter.loadInterpreter();
  await initSyntax();
  let benchmarks: BenchmarkIndex | null = null;
  if (options.excludeBenchmarks) {
    benchmarks = loadBenchmarkIndex(options.benchmarkData ?? defaultBenchmarkFiles());
    if (benchmarks.sources.length === 0) options.log('warning: --exclude-benchmarks found no benchmark data');
  }
  const generator = new TraceGenerator(interpreter, {
    ...options,
    benchmarks,
    prompt: new TracePrompt(options.promptFile, options.fewShot ?? false),
    warn: (line, message) => options.log(`${options.programsFile}:${line}: ${message}`),
  });
  const stats = generator.stats;
  stats.benchmarkPrograms = benchmarks?.sources.reduce((n, s) => n + s.programs, 0) ?? 0;
  stats.benchmarkDistinct = benchmarks?.size ?? 0;

  let skipThrough = 0;
  if (options.resume) {
    const point = prepareResume(options.outFile);
    for (const key of point.keys) if (key !== '') generator.remember(key);
    skipThrough = point.afterLine;
    stats.resumedRecords = point.keptRecords;
    stats.resumedAfterLine = point.afterLine;
  }
  const fd = openSync(options.outFile, options.resume ? 'a' : 'w');
  const progress = new GenProgress(
    options.progress ?? { write: () => undefined },
    options.progressEvery ?? 1000,
  );
  let buffer = '';
  let interrupted = false;
  const flush = () => {
    if (buffer !== '') writeSync(fd, buffer);
    buffer = '';
  };
  try {
    const input = createInterface({ input: createReadStream(options.programsFile), crlfDelay: Infinity });
    let lineNumber = 0;
    let lastYield = performance.now();
    for await (const text of input) {
      lineNumber++;
      if (lineNumber <= skipThrough || text.trim() === '') continue;
      // Lines of a read chunk arrive as microtasks; yielding lets a signal (Ctrl-C) be handled promptly.
      if (performance.now() - lastYield > YIELD_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
      if (options.signal?.aborted) {
        interrupted = true;
        input.close();
        break;
      }
      let program;
      try {
        program = parseProgramLine(text, options.programsFile, lineNumber);
      } catch (error) {
        if (!(error instanceof GenInputError)) throw error;
        stats.programsRead++;
        stats.drop('bad-line');
        options.log(`error: ${error.message}`);
      }
      if (program !== undefined) {
        for (const record of generator.generate(program, lineNumber)) buffer += `${JSON.stringify(record)}\n`;
        if (buffer.length >= FLUSH_BYTES) flush();
      }
      progress.update({
        line: lineNumber,
        programs: stats.programsRead,
        records: stats.recordsWritten,
        seconds: stats.seconds,
      });
    }
  } finally {
    flush();
    closeSync(fd);
    progress.done();
  }
  const report: GenRunResult = {
    ...stats.report(),
    interrupted,
    benchmark_sources: benchmarks?.sources ?? [],
  };
  if (options.statsFile !== undefined)
    writeFileSync(options.statsFile, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
