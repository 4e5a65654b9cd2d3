// `etcot gen`: generates fine-tuning data, one chat record per traced call (harness/gen/).

import { parseArgs } from 'node:util';
import { UsageError } from '../cli.ts';
import { GRANULARITIES, isGranularity } from '../../interpreter/tracer/steps.ts';

const HELP = `usage: etcot gen --programs FILE.jsonl --out FILE.jsonl [options]

Traces Python programs and writes one fine-tuning record per call: {"messages": [user, assistant], "meta"}.
The user turn is the prompt \`etcot eval --prompt trace\` asks; the assistant turn is the execution trace
in [TRACE] tags followed by the [ANSWER] assertion.

Each input line is a JSON object with "code" and one of: "call" (e.g. "f([1, 2])"), "input" (an argument
list as in CRUXEval, with an optional "function" name, default f), or just "function" with --inputs K (inputs
drawn from the type hints). CRUXEval's own JSONL works as is.

options:
  --programs FILE        programs, one JSON object per line (required)
  --out FILE             output JSONL (required; overwritten unless --resume)
  --granularity G        op (default), expr or line
  --max-trace-chars N    drop records whose trace is longer (default 16000)
  --max-steps N          drop calls whose trace needs more steps (default 2000)
  --max-eval-steps N     interpreter steps per call before it counts as a timeout (default 200000)
  --inputs K             draw K inputs per program (varying its seed input, or from type hints)
  --seed S               seed for drawing inputs (default 0); the same seed gives the same output
  --prompt-file F        prompt template (default prompts/trace.chat.txt)
  --few-shot             keep the template's system message and examples before the question
  --exclude-benchmarks   drop programs that match a CRUXEval / LiveCodeBench program after normalization
  --benchmark-data F     benchmark file to exclude (repeatable; default: the shared data folder)
  --resume               continue an interrupted run from the existing --out file
  --stats FILE           also write the run statistics as JSON
  --progress-every N     without a terminal, a progress line every N programs (default 1000)
  -h, --help             show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      programs: { type: 'string' },
      out: { type: 'string' },
      granularity: { type: 'string', default: 'op' },
      'max-trace-chars': { type: 'string', default: '16000' },
      'max-steps': { type: 'string', default: '2000' },
      'max-eval-steps': { type: 'string', default: '200000' },
      inputs: { type: 'string' },
      seed: { type: 'string', default: '0' },
      'prompt-file': { type: 'string' },
      'few-shot': { type: 'boolean' },
      'exclude-benchmarks': { type: 'boolean' },
      'benchmark-data': { type: 'string', multiple: true },
      resume: { type: 'boolean' },
      stats: { type: 'string' },
      'progress-every': { type: 'string', default: '1000' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.programs === undefined) throw new UsageError('--programs FILE is required');
  if (values.out === undefined) throw new UsageError('--out FILE is required');
  const granularity = values.granularity;
  if (!isGranularity(granularity)) {
    throw new UsageError(`--granularity must be one of ${GRANULARITIES.join(', ')}, not "${granularity}"`);
  }
  if (values['seed'] !== undefined && !/^\d+$/.test(values.seed)) {
    throw new UsageError(`--seed must be a non-negative integer, not "${values.seed}"`);
  }

  const { runGen } = await import('../gen/run-gen.ts');
  const { formatStats } = await import('../gen/stats.ts');
  const controller = new AbortController();
  const onSignal = () => {
    process.stderr.write('\netcot gen: interrupted; finishing the current program (rerun with --resume)\n');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  try {
    const report = await runGen({
      programsFile: values.programs,
      outFile: values.out,
      granularity,
      maxTraceChars: positiveInt('--max-trace-chars', values['max-trace-chars']),
      maxSteps: positiveInt('--max-steps', values['max-steps']),
      maxEvalSteps: positiveInt('--max-eval-steps', values['max-eval-steps']),
      inputs: values.inputs === undefined ? null : positiveInt('--inputs', values.inputs),
      seed: Number(values.seed),
      promptFile: values['prompt-file'],
      fewShot: values['few-shot'] === true,
      excludeBenchmarks: values['exclude-benchmarks'] === true,
      benchmarkData: values['benchmark-data'],
      resume: values.resume === true,
      statsFile: values.stats,
      progressEvery: positiveInt('--progress-every', values['progress-every']),
      progress: process.stderr,
      log: (line) => process.stderr.write(`etcot gen: ${line}\n`),
      signal: controller.signal,
    });
    process.stderr.write(`${formatStats(report)}\n`);
    if (values['exclude-benchmarks'] === true) {
      const sources = report.benchmark_sources.map((s) => `${s.file} (${s.programs})`).join(', ');
      process.stderr.write(
        `decontamination: ${report.dropped.contaminated} programs dropped as benchmark copies (${sources || 'no data'})\n`,
      );
    }
    return report.interrupted ? 130 : 0;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

function positiveInt(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`${flag} must be a positive integer, not "${text}"`);
  }
  return Number(text);
}
