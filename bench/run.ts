// `npm run bench`: every speed figure the project tracks, each against a reference measured in the same
// run, printed as ratios. Sections can be chosen by name: `npm run bench -- interpreter trace`.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchGen } from '../harness/gen/bench.ts';
import { benchTraces } from '../interpreter/tracer/bench.ts';
import { benchHarness } from './harness.ts';
import { benchInterpreter } from './interpreter.ts';
import { renderReport, type BenchReport } from './report.ts';
import { benchScoring } from './scoring.ts';

const shared = (rel: string) => fileURLToPath(new URL(`../../shared/data/${rel}`, import.meta.url));
const CRUXEVAL = shared('cruxeval/cruxeval.jsonl');
const GENERATIONS = shared('cruxeval-samples/codellama-7b_temp0.2_output.generations.json');

async function traceSection(): Promise<BenchReport> {
  const results = await benchTraces(CRUXEVAL);
  return {
    title: 'Tracing all CRUXEval samples, per granularity',
    rows: results.flatMap((r) => [
      {
        name: `${r.granularity}: time`,
        ours: r.seconds,
        unit: 's',
        note: `${r.samples} samples, ${r.wrongResults} wrong results`,
      },
      { name: `${r.granularity}: total trace tokens (chars/4)`, ours: r.approxTokens, unit: '' },
      { name: `${r.granularity}: median / p95 trace chars`, ours: r.medianChars, unit: `/ ${r.p95Chars}` },
      { name: `${r.granularity}: median / p95 steps`, ours: r.medianSteps, unit: `/ ${r.p95Steps}` },
    ]),
  };
}

async function genSection(): Promise<BenchReport> {
  const r = await benchGen({ dataPath: CRUXEVAL, inputs: 4 });
  return {
    title: `Fine-tuning data: ${r.programs} CRUXEval programs × ${r.inputsPerProgram} drawn inputs (${r.granularity})`,
    rows: [
      { name: 'traces per second', ours: r.tracesPerSecond, unit: '/s', note: `${r.records} records` },
      { name: 'median / p95 trace chars', ours: r.medianTraceChars, unit: `/ ${r.p95TraceChars}` },
    ],
  };
}

const SECTIONS: Record<string, () => Promise<BenchReport>> = {
  interpreter: () => benchInterpreter(CRUXEVAL),
  trace: traceSection,
  scoring: () => benchScoring(CRUXEVAL, GENERATIONS),
  harness: () => benchHarness(CRUXEVAL),
  gen: genSection,
};

async function main(): Promise<void> {
  if (!existsSync(CRUXEVAL)) {
    console.error(`bench: CRUXEval data not found at ${CRUXEVAL} (expected ../shared/data beside the repo)`);
    process.exitCode = 1;
    return;
  }
  const wanted = process.argv.slice(2);
  for (const name of wanted) {
    if (!(name in SECTIONS)) {
      console.error(`bench: unknown section ${name}; choose from ${Object.keys(SECTIONS).join(', ')}`);
      process.exitCode = 2;
      return;
    }
  }
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(renderReport(await section()) + '\n');
  }
}

await main();
