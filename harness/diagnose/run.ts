// Run-level diagnosis: reads a trace-prompt run folder (samples.jsonl, generations.jsonl, summary.json),
// finds each sample's code and call in its benchmark, diagnoses every generation against the true trace,
// and writes `diagnosis.json` and `report.html` next to the run's other files.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Sample } from '../../benchmarks/sample.ts';
import type { SampleResult } from '../results.ts';
import { readSamplesJsonl } from '../report/files.ts';
import { readGenerationLog, type GenerationLine } from '../run/generation-log.ts';
import { aggregateRun, type GenerationDiagnosis, type RunDiagnosis } from './aggregate.ts';
import { diagnoseAgainst, type DiagTrace, type TraceTools } from './diagnose.ts';
import { renderReportHtml, type ReportEntry } from './html/page.ts';
import { findTraceBlock } from './trace-block.ts';

/** A run folder that cannot be diagnosed as a whole; names the file. */
export class RunDiagnosisError extends Error {
  override name = 'RunDiagnosisError';
}

export interface RunDiagnosisOptions {
  tools: TraceTools;
  /** The samples of the run's benchmarks, by benchmark name then sample id. */
  samplesFor: (benchmark: string) => Promise<ReadonlyMap<string, Sample>>;
  /** Warnings (a torn generations line, an unknown sample), one line each. */
  warn?: (message: string) => void;
}

export interface RunDiagnosisOutput {
  diagnosis: RunDiagnosis;
  entries: ReportEntry[];
  diagnosisPath: string;
  reportPath: string;
}

interface RunMeta {
  run: string;
  model?: string;
  promptMode?: string;
}

export async function diagnoseRunDir(
  runDir: string,
  options: RunDiagnosisOptions,
): Promise<RunDiagnosisOutput> {
  const warn = options.warn ?? (() => undefined);
  const meta = readMeta(runDir);
  if (meta.promptMode !== undefined && meta.promptMode !== 'trace') {
    throw new RunDiagnosisError(
      `${path.join(runDir, 'summary.json')}: the run used --prompt ${meta.promptMode}; only trace runs can be diagnosed`,
    );
  }
  const samplesPath = path.join(runDir, 'samples.jsonl');
  const generationsPath = path.join(runDir, 'generations.jsonl');
  for (const file of [samplesPath, generationsPath]) {
    if (!existsSync(file)) throw new RunDiagnosisError(`${file}: no such file`);
  }
  const results = new Map(readSamplesJsonl(samplesPath).map((r) => [r.id, r]));
  const rank = new Map([...results.keys()].map((id, i) => [id, i]));
  // A resumed run may log a generation again; the last answer is the one the run scored.
  const latest = new Map<string, GenerationLine>();
  for (const g of readGenerationLog(generationsPath, warn)) {
    if (g.error === undefined) latest.set(`${g.sampleId}\u0000${g.index}`, g);
  }
  const generations = [...latest.values()].sort(
    (a, b) => order(a.sampleId, b.sampleId, rank) || a.index - b.index,
  );
  const trueTraces = new Map<string, { trace: DiagTrace; text: string } | { error: string }>();
  const entries: ReportEntry[] = [];
  for (const generation of generations) {
    const result = results.get(generation.sampleId);
    const benchmark = result?.benchmark ?? 'cruxeval-o';
    const sample = (await options.samplesFor(benchmark)).get(generation.sampleId);
    // The true trace is written at the granularity the model's trace declares, when it declares one.
    const granularity = options.tools.parse(findTraceBlock(generation.text).text).granularity ?? undefined;
    const key = `${benchmark}\u0000${generation.sampleId}\u0000${granularity ?? ''}`;
    if (!trueTraces.has(key)) {
      trueTraces.set(key, trueTraceOf(sample, generation.sampleId, benchmark, granularity, options.tools));
    }
    const truth = trueTraces.get(key)!;
    entries.push(
      diagnoseGeneration(
        generation.sampleId,
        generation.index,
        generation.text,
        result,
        benchmark,
        truth,
        options.tools,
      ),
    );
  }
  const diagnosis = aggregateRun(
    meta.run,
    meta.model,
    entries.map((e) => e.record),
  );
  const diagnosisPath = path.join(runDir, 'diagnosis.json');
  const reportPath = path.join(runDir, 'report.html');
  writeFileSync(diagnosisPath, `${JSON.stringify(diagnosis, null, 2)}\n`);
  writeFileSync(reportPath, renderReportHtml(diagnosis, entries));
  return { diagnosis, entries, diagnosisPath, reportPath };
}

/** Samples in the order of samples.jsonl; ids it does not hold go last, by id. */
function order(a: string, b: string, rank: ReadonlyMap<string, number>): number {
  const ra = rank.get(a) ?? rank.size;
  const rb = rank.get(b) ?? rank.size;
  return ra - rb || (ra === rank.size ? a.localeCompare(b) : 0);
}

function trueTraceOf(
  sample: Sample | undefined,
  sampleId: string,
  benchmark: string,
  granularity: string | undefined,
  tools: TraceTools,
): { trace: DiagTrace; text: string } | { error: string } {
  if (sample === undefined) return { error: `sample ${sampleId} is not in benchmark ${benchmark}` };
  const truth = tools.trueTrace(sample.code, sample.call, granularity);
  if (!truth.ok) return { error: `cannot trace ${sample.call}: ${truth.message}` };
  return { trace: tools.parse(truth.text), text: truth.text };
}

function diagnoseGeneration(
  sampleId: string,
  index: number,
  text: string,
  result: SampleResult | undefined,
  benchmark: string,
  truth: { trace: DiagTrace; text: string } | { error: string },
  tools: TraceTools,
): ReportEntry {
  const scored = result?.generations.find((g) => g.index === index);
  const base = {
    sampleId,
    generation: index,
    benchmark,
    ...(result?.difficulty === undefined ? {} : { difficulty: result.difficulty }),
  };
  if ('error' in truth) {
    const record: GenerationDiagnosis = {
      ...base,
      answerCorrect: scored?.correct ?? false,
      trueSteps: 0,
      modelSteps: 0,
      cause: null,
      reachedKinds: {},
      diagnosis: null,
      error: truth.error,
    };
    return { record, modelText: text, trueTraceText: '', trueTraceLine: null };
  }
  const { diagnosis, details } = diagnoseAgainst(truth.trace, truth.text, text, tools);
  const record: GenerationDiagnosis = {
    ...base,
    answerCorrect: scored?.correct ?? diagnosis.final_answer_correct,
    trueSteps: details.trueSteps,
    modelSteps: details.modelSteps,
    cause: details.cause,
    reachedKinds: details.reachedKinds,
    diagnosis,
  };
  return { record, modelText: text, trueTraceText: truth.text, trueTraceLine: details.trueTraceLine };
}

function readMeta(runDir: string): RunMeta {
  const run = path.basename(path.resolve(runDir));
  const summaryPath = path.join(runDir, 'summary.json');
  if (!existsSync(summaryPath)) return { run };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(summaryPath, 'utf8'));
  } catch (error) {
    throw new RunDiagnosisError(`${summaryPath}: invalid JSON: ${(error as Error).message}`);
  }
  const s = (value ?? {}) as { run?: unknown; model?: unknown; promptMode?: unknown };
  return {
    run: typeof s.run === 'string' ? s.run : run,
    ...(typeof s.model === 'string' ? { model: s.model } : {}),
    ...(typeof s.promptMode === 'string' ? { promptMode: s.promptMode } : {}),
  };
}
