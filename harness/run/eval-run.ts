// One `etcot eval` run, after argument parsing: load → prompt → call (queue) → append → extract → score →
// write samples.jsonl, samples.csv and summary.json. Loading and scoring come in as functions so the loop
// can be tested with a stub scorer and the command can pass the real interpreter.

import path from 'node:path';
import type { Sample } from '../../benchmarks/sample.ts';
import { createBackend } from '../backends/registry.ts';
import type { ApiKind, BackendError, ModelBackend, SamplingParams } from '../backends/types.ts';
import { extractAnswer } from '../extract/extract.ts';
import { loadTemplate, renderPrompt, type PromptMode } from '../prompts/templates.ts';
import {
  summarize,
  writeSamplesCsv,
  writeSamplesJsonl,
  writeSummary,
  type Summary,
} from '../report/index.ts';
import type { GenerationRecord, SampleResult, ScoredGeneration } from '../results.ts';
import { GenerationLog, type GenerationLine } from './generation-log.ts';
import { Progress, type ProgressStream } from './progress.ts';
import { runGenerations, type RunOutcome } from './runner.ts';
import type { RetryPolicy } from './retry.ts';

export interface EvalConfig {
  model: string;
  baseUrl?: string;
  promptMode: PromptMode;
  /** The template file: --prompt-file, or prompts/<mode>.<api>.txt. */
  promptFile: string;
  api: ApiKind;
  n: number;
  params: SamplingParams;
  concurrency: number;
  rpm?: number;
  retry: RetryPolicy;
  out: string;
}

export type Scorer = (sample: Sample, predicted: string) => { correct: boolean; reason?: string };

export interface EvalDeps {
  samples: readonly Sample[];
  scorer: Scorer;
  /** Where progress and warnings go (stderr). */
  log: ProgressStream;
  /** A backend to use instead of the one the model spec names (tests). */
  backend?: ModelBackend;
  signal?: AbortSignal;
}

export interface EvalResult {
  results: SampleResult[];
  summary: Summary;
  outcome: RunOutcome;
}

/** The server could not be reached at all; nothing was recorded for the requests it refused. */
export class ServerUnreachableError extends Error {
  constructor(readonly error: BackendError) {
    super(error.message);
    this.name = 'ServerUnreachableError';
  }
}

export async function runEval(config: EvalConfig, deps: EvalDeps): Promise<EvalResult> {
  const startedAt = new Date().toISOString();
  const template = loadTemplate(config.promptFile);
  const backend =
    deps.backend ??
    createBackend(config.model, config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl });
  const warn = (message: string) => deps.log.write(`warning: ${message}\n`);
  const log = GenerationLog.open(path.join(config.out, 'generations.jsonl'), warn);
  const scored = new Map<string, ScoredGeneration[]>();
  const records: GenerationRecord[] = [];
  const progress = new Progress(deps.samples.length * config.n, deps.log);

  const onGeneration = (sample: Sample, line: GenerationLine, cached: boolean) => {
    const generation = scoreLine(sample, line, config.promptMode, deps.scorer);
    const list = scored.get(sample.id) ?? [];
    list[line.index] = generation;
    scored.set(sample.id, list);
    if (line.error === undefined) records.push(line);
    progress.tick(generation.status === 'request_failed' ? undefined : generation.correct, cached);
  };
  let outcome: RunOutcome;
  try {
    outcome = await runGenerations(
      {
        samples: deps.samples,
        n: config.n,
        backend,
        promptMode: config.promptMode,
        render: (sample) => renderPrompt(template, sample, config.api),
        params: config.params,
      },
      log,
      { concurrency: config.concurrency, ...(config.rpm === undefined ? {} : { rpm: config.rpm }) },
      config.retry,
      {
        onGeneration,
        // On a terminal the line break keeps the note off the progress bar's line.
        onRetry: (sample, error, attempt, delayMs) =>
          deps.log.write(
            `${deps.log.isTTY ? '\n' : ''}${sample.id}: ${error.kind} (${error.message}); ` +
              `attempt ${attempt + 1} in ${delayMs} ms\n`,
          ),
      },
      deps.signal,
    );
  } finally {
    log.close();
    progress.finish();
  }
  if (outcome.fatal !== undefined) throw new ServerUnreachableError(outcome.fatal);

  const results = deps.samples.map((sample) => sampleResult(sample, scored.get(sample.id) ?? []));
  const summary = summarize(results, {
    run: path.basename(config.out),
    model: backend.id,
    promptMode: config.promptMode,
    params: { ...config.params, n: config.n, api: config.api },
    startedAt,
    finishedAt: new Date().toISOString(),
    generations: records,
  });
  if (!outcome.interrupted) {
    writeSamplesJsonl(path.join(config.out, 'samples.jsonl'), results);
    writeSamplesCsv(path.join(config.out, 'samples.csv'), results);
    writeSummary(path.join(config.out, 'summary.json'), summary);
  }
  return { results, summary, outcome };
}

function scoreLine(sample: Sample, line: GenerationLine, mode: PromptMode, scorer: Scorer): ScoredGeneration {
  if (line.error !== undefined) {
    return {
      index: line.index,
      predicted: null,
      status: 'request_failed',
      correct: false,
      reason: line.error.message,
    };
  }
  const extraction = extractAnswer(line.text, sample, mode);
  if (extraction.status !== 'ok' || extraction.predicted === null) {
    return {
      index: line.index,
      predicted: null,
      status: extraction.status,
      correct: false,
      ...(extraction.reason === undefined ? {} : { reason: extraction.reason }),
    };
  }
  const score = scorer(sample, extraction.predicted);
  return {
    index: line.index,
    predicted: extraction.predicted,
    status: 'ok',
    correct: score.correct,
    ...(score.reason === undefined ? {} : { reason: score.reason }),
  };
}

function sampleResult(sample: Sample, generations: ScoredGeneration[]): SampleResult {
  const present = generations.filter((g) => g !== undefined);
  return {
    id: sample.id,
    benchmark: sample.benchmark,
    ...(sample.difficulty === undefined ? {} : { difficulty: sample.difficulty }),
    ...(sample.contestDate === undefined ? {} : { contestDate: sample.contestDate }),
    expected: sample.output,
    generations: present,
    correctCount: present.filter((g) => g.correct).length,
  };
}
