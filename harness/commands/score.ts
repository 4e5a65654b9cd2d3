// `etcot score`: scores a generations file (CRUXEval's official format) the way CRUXEval's own evaluator does,
// or semantically, and prints pass@1 / pass@5; `--out` writes upstream's scored-results JSON.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  BENCHMARK_OPTIONS,
  BENCHMARK_OPTIONS_HELP,
  isFiltered,
  selectBenchmark,
} from '../../benchmarks/index.ts';
import { readGenerationsFile } from '../scoring/generations-file.ts';
import { scoreGenerations, type ScoreFileReport, type ScoreMode } from '../scoring/score-file.ts';
import { OFFICIAL_MAX_STEPS } from '../scoring/official-cruxeval.ts';
import { UsageError } from '../cli.ts';

const HELP = `usage: etcot score --generations FILE [options]

Scores model generations given as {"sample_i": [generation, ...]} (CRUXEval's format; each generation
completes \`assert f(<input>) == \`) and prints pass@1 and pass@5.

options:
  --generations FILE   the generations file (required)
  --mode MODE          official (default): CRUXEval's evaluator, cruxeval-o only;
                       semantic: Python == of the true output and the generation
  --out FILE           write the scored results JSON (raw_generations, raw_scored_generations,
                       pass_at_1, pass_at_5)
  --max-steps N        interpreter steps per generation (default ${OFFICIAL_MAX_STEPS}; stands in for the
                       official 3 s timeout)
${BENCHMARK_OPTIONS_HELP}
                       (default benchmark: cruxeval-o)
  -h, --help           show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...BENCHMARK_OPTIONS,
      generations: { type: 'string' },
      mode: { type: 'string', default: 'official' },
      out: { type: 'string' },
      'max-steps': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const mode = values.mode;
  if (mode !== 'official' && mode !== 'semantic') throw new UsageError('--mode must be official or semantic');
  const benchmark = values.benchmark ?? 'cruxeval-o';
  if (mode === 'official' && benchmark !== 'cruxeval-o') {
    throw new UsageError(
      `--mode official reproduces CRUXEval's evaluator; use --mode semantic for ${benchmark}`,
    );
  }
  if (values.generations === undefined) throw new UsageError('--generations FILE is required');
  const maxSteps =
    values['max-steps'] === undefined ? undefined : positiveInt('--max-steps', values['max-steps']);

  const generations = readGenerationsFile(values.generations);
  const { resolved, samples, filter } = await selectBenchmark(values, 'cruxeval-o', {
    log: (line) => process.stderr.write(`${line}\n`),
  });

  const { loadInterpreter } = await import('../../interpreter/index.ts');
  const interp = await loadInterpreter();
  const started = performance.now();
  const report = scoreGenerations(interp, samples, generations, mode as ScoreMode, {
    maxSteps,
    allowExtra: isFiltered(filter),
    file: values.generations,
  });
  const seconds = (performance.now() - started) / 1000;

  const total = samples.reduce((sum, s) => sum + generations[s.id].length, 0);
  process.stdout.write(
    `${benchmark} (${resolved.path}): ${samples.length} samples, ${total} generations, ${mode} scoring\n` +
      `pass@1: ${report.results.pass_at_1.toFixed(4)}  pass@5: ${report.results.pass_at_5.toFixed(4)}\n`,
  );
  warnings(report).forEach((line) => process.stderr.write(`warning: ${line}\n`));
  process.stderr.write(`scored in ${seconds.toFixed(1)} s\n`);
  if (values.out !== undefined) {
    writeFileSync(values.out, JSON.stringify(report.results));
    process.stdout.write(`wrote ${values.out}\n`);
  }
  return 0;
}

function warnings(report: ScoreFileReport): string[] {
  const { unsupported, syntax, limit } = report.failureKinds;
  const lines: string[] = [];
  if (unsupported > 0)
    lines.push(`${unsupported} generations hit constructs the interpreter does not support`);
  if (syntax > 0) lines.push(`${syntax} generations are not valid Python (they fail, as upstream)`);
  if (limit > 0)
    lines.push(`${limit} generations stopped at a resource limit (standing in for the 3 s timeout)`);
  if (report.fewerThanFive > 0) {
    lines.push(
      `${report.fewerThanFive} samples have fewer than 5 generations; as upstream, their pass@5 is 1`,
    );
  }
  return lines;
}

function positiveInt(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`${flag} must be a positive integer, got "${text}"`);
  return Number(text);
}
