// `etcot eval`: asks a model for the outputs of a benchmark's calls and scores them. This file only turns
// arguments into an EvalConfig and prints the outcome; the run itself is harness/run/eval-run.ts.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isBenchmarkName, type Sample } from '../../benchmarks/index.ts';
import { BENCHMARK_OPTIONS, BENCHMARK_OPTIONS_HELP, selectBenchmark } from '../../benchmarks/options.ts';
import { ModelSpecError, parseModelSpec } from '../backends/registry.ts';
import type { SamplingParams } from '../backends/types.ts';
import { UsageError } from '../cli.ts';
import { defaultStops, defaultTemplateFile, PROMPT_MODES, type PromptMode } from '../prompts/templates.ts';
import { renderSummaryTable } from '../report/index.ts';
import { scoreSemantic } from '../scoring/index.ts';
import { runEval, type EvalConfig } from '../run/eval-run.ts';
import { DEFAULT_RETRY_POLICY } from '../run/retry.ts';

const DEFAULT_MAX_TOKENS: Record<PromptMode, number> = { direct: 128, cot: 1024, trace: 2048 };

const HELP = `usage: etcot eval --benchmark NAME --model PREFIX:NAME --prompt MODE [options]

Asks a model for the output of every call in a benchmark, scores the answers with Python == in the etcot
interpreter, and writes generations.jsonl, samples.jsonl, samples.csv and summary.json to --out (trace
runs also diagnosis.json and report.html, as etcot diagnose --run writes them).
Re-running the same command resumes: answers already in generations.jsonl are not asked for again.

what to run:
${BENCHMARK_OPTIONS_HELP}
model:
  --model SPEC         ollama:NAME, openai:NAME (any OpenAI-compatible server such as vLLM),
                       hf:NAME (Hugging Face; HF_TOKEN) or replay:FILE (stored generations)
  --base-url URL       server address (ollama: OLLAMA_HOST or http://127.0.0.1:11434;
                       openai: http://127.0.0.1:8000/v1, key from OPENAI_API_KEY; hf: an endpoint URL)
  --api KIND           chat (default) or completion (raw prompt, for base models)
prompt:
  --prompt MODE        direct, cot or trace
  --prompt-file FILE   a template to use instead of prompts/<mode>.<api>.txt ({code} and {call} are filled in)
sampling:
  --n N                generations per sample (default 1)
  --temperature T      default 0 with --n 1, else 0.2
  --max-tokens N       default 128 (direct), 1024 (cot), 2048 (trace)
  --stop S             a stop sequence; repeat for more (completion default: newline for direct, [/ANSWER])
  --seed N             sampling seed (one-generation requests use seed + generation index)
requests:
  --concurrency N      requests in flight at once (default 4)
  --rpm N              requests started per minute at most (default: no limit)
  --retries N          attempts per request in all, on 429, 5xx, timeouts and dropped connections (default ${DEFAULT_RETRY_POLICY.maxAttempts})
  --timeout-ms N       per attempt (default ${DEFAULT_RETRY_POLICY.timeoutMs})
output:
  --out DIR            default results/<benchmark>-<model>-<prompt>-<date>
  -h, --help           show this help`;

export interface CommandIO {
  stdout: { write(text: string): unknown };
  /** Progress and warnings; `isTTY` turns on the live progress bar. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export function run(argv: string[]): Promise<number> {
  return evalCommand(argv, { stdout: process.stdout, stderr: process.stderr });
}

/** `run` with its output streams passed in, so tests can run the command in-process and read them. */
export async function evalCommand(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...BENCHMARK_OPTIONS,
      model: { type: 'string' },
      'base-url': { type: 'string' },
      prompt: { type: 'string' },
      'prompt-file': { type: 'string' },
      n: { type: 'string' },
      temperature: { type: 'string' },
      'max-tokens': { type: 'string' },
      stop: { type: 'string', multiple: true },
      seed: { type: 'string' },
      api: { type: 'string', default: 'chat' },
      concurrency: { type: 'string', default: '4' },
      rpm: { type: 'string' },
      retries: { type: 'string' },
      'timeout-ms': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const benchmark = required('--benchmark', values.benchmark);
  if (!isBenchmarkName(benchmark)) throw new UsageError(`unknown benchmark "${benchmark}"`);
  const model = required('--model', values.model);
  try {
    parseModelSpec(model);
  } catch (error) {
    if (error instanceof ModelSpecError) throw new UsageError(error.message);
    throw error;
  }
  const mode = required('--prompt', values.prompt);
  if (!isPromptMode(mode))
    throw new UsageError(`--prompt must be one of ${PROMPT_MODES.join(', ')}, got "${mode}"`);
  const api = values.api;
  if (api !== 'chat' && api !== 'completion')
    throw new UsageError(`--api must be chat or completion, got "${api}"`);
  const n = optionalInt('--n', values.n, 1) ?? 1;
  const params: SamplingParams = {
    temperature: optionalNumber('--temperature', values.temperature) ?? (n === 1 ? 0 : 0.2),
    maxTokens: optionalInt('--max-tokens', values['max-tokens'], 1) ?? DEFAULT_MAX_TOKENS[mode],
    stop: values.stop ?? defaultStops(mode, api),
    ...(values.seed === undefined ? {} : { seed: optionalInt('--seed', values.seed, 0) }),
  };
  const config: EvalConfig = {
    model,
    ...(values['base-url'] === undefined ? {} : { baseUrl: values['base-url'] }),
    promptMode: mode,
    promptFile: values['prompt-file'] ?? defaultTemplateFile(mode, api),
    api,
    n,
    params,
    concurrency: optionalInt('--concurrency', values.concurrency, 1) ?? 4,
    ...(values.rpm === undefined ? {} : { rpm: optionalInt('--rpm', values.rpm, 1) }),
    retry: {
      ...DEFAULT_RETRY_POLICY,
      maxAttempts: optionalInt('--retries', values.retries, 1) ?? DEFAULT_RETRY_POLICY.maxAttempts,
      timeoutMs: optionalInt('--timeout-ms', values['timeout-ms'], 1) ?? DEFAULT_RETRY_POLICY.timeoutMs,
    },
    out: values.out ?? defaultOutDir(benchmark, model, mode),
  };

  if (!existsSync(config.promptFile))
    throw new UsageError(`--prompt-file ${config.promptFile}: no such file`);
  const { resolved, samples } = await selectBenchmark(values, benchmark, {
    log: (l) => io.stderr.write(`${l}\n`),
  });
  // Loaded only now, so --help and argument errors answer without loading the interpreter.
  const { loadInterpreter } = await import('../../interpreter/index.ts');
  const interp = await loadInterpreter();

  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  io.stderr.write(`${samples.length} samples × ${n} from ${resolved.path} → ${config.out}\n`);
  try {
    const { summary, outcome } = await runEval(config, {
      samples,
      scorer: (sample, predicted) => scoreSemantic(interp, sample, predicted),
      log: io.stderr,
      signal: interrupt.signal,
    });
    if (outcome.interrupted) {
      io.stderr.write(`interrupted; run the same command again to resume from ${config.out}\n`);
      return 130;
    }
    io.stdout.write(`${renderSummaryTable(summary)}\n`);
    io.stderr.write(
      `${outcome.generated} generated, ${outcome.cached} from ${path.join(config.out, 'generations.jsonl')}` +
        (outcome.failed > 0 ? `, ${outcome.failed} requests failed (re-run to retry them)` : '') +
        '\n',
    );
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  // After the SIGINT handler is gone: Ctrl-C during a long diagnosis ends the process as usual.
  if (mode === 'trace') await writeDiagnosis(config.out, samples, io);
  return 0;
}

/**
 * A trace run also gets diagnosis.json and report.html. The eval results are already on disk by now, so a
 * failing diagnosis is only a warning: `etcot diagnose --run` can be run again on the folder later.
 */
async function writeDiagnosis(out: string, samples: readonly Sample[], io: CommandIO): Promise<void> {
  try {
    // Loaded only for trace runs, like the interpreter above.
    const { diagnoseRunDir, loadTraceTools, renderRunDiagnosis, samplesLoaderFrom } =
      await import('../diagnose/index.ts');
    const output = await diagnoseRunDir(out, {
      tools: await loadTraceTools(),
      samplesFor: samplesLoaderFrom(samples),
      warn: (message) => io.stderr.write(`warning: ${message}\n`),
    });
    io.stdout.write(`${renderRunDiagnosis(output.diagnosis)}\n`);
    io.stdout.write(`report: ${output.reportPath}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `warning: trace diagnosis failed (${message}); the eval results in ${out} are complete, ` +
        `retry with: etcot diagnose --run ${out}\n`,
    );
  }
}

function isPromptMode(mode: string): mode is PromptMode {
  return (PROMPT_MODES as readonly string[]).includes(mode);
}

function required(flag: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

function optionalInt(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new UsageError(`${flag} must be an integer ≥ ${min}, got "${text}"`);
  }
  return Number(text);
}

function optionalNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`${flag} must be a non-negative number, got "${text}"`);
  }
  return value;
}

export function defaultOutDir(benchmark: string, model: string, mode: string, date = new Date()): string {
  // A replay names a file: its base name says which generations they were; the path would only add noise.
  const name = model.startsWith('replay:')
    ? `replay:${path.parse(model.slice('replay:'.length)).name}`
    : model;
  const safeModel = name.replace(/[^A-Za-z0-9._-]+/g, '_');
  return path.join('results', `${benchmark}-${safeModel}-${mode}-${date.toISOString().slice(0, 10)}`);
}
