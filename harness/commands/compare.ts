// `etcot compare RUN_DIR...`: pass@1 of several runs side by side, differences from the first run, and
// McNemar's exact test on the first generation of the samples each run shares with the first.

import { parseArgs } from 'node:util';
import { compareRuns, comparisonCsv, loadRun, renderComparisonTable } from '../report/compare.ts';
import { UsageError } from '../cli.ts';

const HELP = `usage: etcot compare RUN_DIR [RUN_DIR...] [--json | --csv]

Reads summary.json and samples.jsonl of each run folder (results/<run>/) and prints pass@1 per run
(one column per model), by benchmark and by difficulty, the difference from the first run, and a
McNemar exact test (two-sided) on per-sample correctness of the first generation, over the samples
both runs hold.

options:
  --json       print the comparison as JSON
  --csv        print the comparison as CSV
  -h, --help   show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one run folder');
  if (values.json && values.csv) throw new UsageError('--json and --csv exclude each other');
  const comparison = compareRuns(positionals.map(loadRun));
  if (values.json) process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
  else if (values.csv) process.stdout.write(comparisonCsv(comparison));
  else process.stdout.write(`${renderComparisonTable(comparison)}\n`);
  return 0;
}
