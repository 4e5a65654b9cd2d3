// `etcot verify --benchmark cruxeval-o|lcb-execution`: runs every sample in the interpreter and checks that
// repr(result) reproduces the benchmark's expected output string exactly. Lists each mismatch and ends with a
// summary line; exit code 0 only when every sample matches.

import { parseArgs } from 'node:util';
import {
  BENCHMARK_OPTIONS,
  BENCHMARK_OPTIONS_HELP,
  selectBenchmark,
  type Sample,
} from '../../benchmarks/index.ts';
import { formatFailure, type Interpreter, type RunOptions } from '../../interpreter/api.ts';
import { UsageError } from '../cli.ts';

const HELP = `usage: etcot verify --benchmark cruxeval-o|lcb-execution [options]

Runs every sample's program and call in the interpreter and compares repr() of the result with the
benchmark's expected output, character for character.

options:
${BENCHMARK_OPTIONS_HELP}
  --max-steps N        evaluation steps per sample (default 2000000)
  -h, --help           show this help`;

export interface Mismatch {
  id: string;
  expected: string;
  /** repr of what the interpreter produced, or null when it failed. */
  got: string | null;
  error: string | null;
}

export interface VerifyReport {
  total: number;
  matched: number;
  mismatches: Mismatch[];
  seconds: number;
}

export function verifySamples(
  interp: Interpreter,
  samples: readonly Sample[],
  limits: RunOptions = {},
): VerifyReport {
  const started = performance.now();
  const mismatches: Mismatch[] = [];
  for (const s of samples) {
    const r = interp.runCall(s.code, s.call, limits);
    if (r.ok && r.repr === s.output) continue;
    mismatches.push({
      id: s.id,
      expected: s.output,
      got: r.ok ? r.repr : null,
      error: r.ok ? null : formatFailure(r.error),
    });
  }
  return {
    total: samples.length,
    matched: samples.length - mismatches.length,
    mismatches,
    seconds: (performance.now() - started) / 1000,
  };
}

export function formatReport(benchmark: string, report: VerifyReport): string {
  const lines = report.mismatches.map(
    (m) => `${m.id}: expected ${m.expected} got ${m.got ?? `error ${m.error}`}`,
  );
  const pct = report.total === 0 ? 100 : (100 * report.matched) / report.total;
  lines.push(
    `${benchmark}: ${report.matched}/${report.total} reproduced exactly (${pct.toFixed(2)}%) in ${report.seconds.toFixed(2)} s`,
  );
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...BENCHMARK_OPTIONS,
      'max-steps': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const benchmark = values.benchmark;
  if (benchmark !== 'cruxeval-o' && benchmark !== 'lcb-execution') {
    throw new UsageError('--benchmark must be cruxeval-o or lcb-execution');
  }
  const limits: RunOptions = {};
  const steps = values['max-steps'];
  if (steps !== undefined) {
    if (!/^\d+$/.test(steps) || Number(steps) <= 0)
      throw new UsageError(`--max-steps must be a positive integer`);
    limits.maxSteps = Number(steps);
  }
  const { samples } = await selectBenchmark(values, benchmark, {
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const { loadInterpreter } = await import('../../interpreter/index.ts');
  const interp = await loadInterpreter();
  const report = verifySamples(interp, samples, limits);
  process.stdout.write(`${formatReport(benchmark, report)}\n`);
  return report.mismatches.length === 0 ? 0 : 1;
}
