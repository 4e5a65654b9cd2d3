// Generation throughput on CRUXEval: every program with K drawn inputs (default 4), traced at one
// granularity. Called by `npm run bench`; returns the figures, printing is the caller's job.

import { readJsonl } from '../../benchmarks/records.ts';
import { DEFAULT_SHARED_DATA_DIR } from '../../benchmarks/resolve.ts';
import * as interpreter from '../../interpreter/index.ts';
import type { Granularity } from '../../interpreter/tracer/steps.ts';
import { join } from 'node:path';
import { TraceGenerator } from './generator.ts';
import { parseProgramLine, TracePrompt } from './records.ts';
import type { DropReason } from './stats.ts';
import { initSyntax } from './syntax.ts';

export interface GenBenchOptions {
  dataPath?: string;
  /** Inputs drawn per program (default 4). */
  inputs?: number;
  seed?: number;
  granularity?: Granularity;
}

export interface GenBenchResult {
  programs: number;
  inputsPerProgram: number;
  granularity: Granularity;
  records: number;
  dropped: Record<DropReason, number>;
  seconds: number;
  /** CPU time of this process over the same span (wall time misleads on a shared machine). */
  cpuSeconds: number;
  /** Records written per second: drawing, tracing, checking and rendering included. */
  tracesPerSecond: number;
  medianTraceChars: number;
  p95TraceChars: number;
}

export async function benchGen(options: GenBenchOptions = {}): Promise<GenBenchResult> {
  const dataPath = options.dataPath ?? join(DEFAULT_SHARED_DATA_DIR, 'cruxeval', 'cruxeval.jsonl');
  const inputs = options.inputs ?? 4;
  const granularity = options.granularity ?? 'op';
  await interpreter.loadInterpreter();
  await initSyntax();
  const programs = readJsonl(dataPath).map((raw, i) =>
    parseProgramLine(JSON.stringify(raw.value), dataPath, i + 1),
  );
  const generator = new TraceGenerator(interpreter, {
    granularity,
    maxTraceChars: 16_000,
    maxSteps: 2000,
    maxEvalSteps: 200_000,
    inputs,
    seed: options.seed ?? 0,
    benchmarks: null,
    prompt: new TracePrompt(),
  });
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let records = 0;
  programs.forEach((program, i) => {
    records += generator.generate(program, i + 1).length;
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const report = generator.stats.report();
  return {
    programs: programs.length,
    inputsPerProgram: inputs,
    granularity,
    records,
    dropped: report.dropped,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    tracesPerSecond: seconds > 0 ? records / seconds : 0,
    medianTraceChars: report.trace_chars.median,
    p95TraceChars: report.trace_chars.p95,
  };
}
