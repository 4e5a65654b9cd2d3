// Scoring CRUXEval's 8,000 official Code Llama generations: ours (every assert program in our interpreter,
// in process) against CRUXEval's own way (one python3 process per generation, as its evaluator runs them).
// Spawning 8,000 processes would take minutes, so the reference is timed on an evenly spread subset and
// scaled to 8,000; the note says how many it ran.

import { execFileSync } from 'node:child_process';
import { loadCruxeval } from '../benchmarks/index.ts';
import { loadInterpreter } from '../interpreter/index.ts';
import { readGenerationsFile, scoreGenerations } from '../harness/scoring/index.ts';
import { pythonExecutable } from '../scripts/corpus-expected.ts';
import type { BenchReport } from './report.ts';

export async function benchScoring(cruxevalPath: string, generationsPath: string): Promise<BenchReport> {
  const interp = await loadInterpreter();
  const samples = loadCruxeval(cruxevalPath);
  const generations = readGenerationsFile(generationsPath);
  const total = samples.reduce((n, s) => n + (generations[s.id]?.length ?? 0), 0);

  const t0 = performance.now();
  const report = scoreGenerations(interp, samples, generations, 'official');
  const ours = (performance.now() - t0) / 1000;

  const SUBSET = 160;
  const stride = Math.max(1, Math.floor(total / SUBSET));
  const programs: string[] = [];
  let i = 0;
  for (const s of samples) {
    for (const g of generations[s.id] ?? []) {
      if (i++ % stride === 0 && programs.length < SUBSET)
        programs.push(`${s.code}\nassert ${s.output} == ${g}`);
    }
  }
  const t1 = performance.now();
  for (const program of programs) {
    try {
      execFileSync(pythonExecutable(), ['-c', program], { stdio: 'ignore', timeout: 3000 });
    } catch {
      // A failed assert is a wrong generation, not a benchmark error.
    }
  }
  const perProcess = (performance.now() - t1) / 1000 / programs.length;
  return {
    title: `Scoring the ${total} official CRUXEval generations (pass@1 ${report.results.pass_at_1.toFixed(4)})`,
    referenceName: 'one python3 per generation',
    rows: [
      {
        name: `all ${total} generations`,
        ours,
        reference: perProcess * total,
        unit: 's',
        note: `reference timed on ${programs.length} processes, scaled`,
      },
    ],
  };
}
