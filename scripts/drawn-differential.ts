// Differential check of the interpreter on real benchmark programs with new inputs: every CRUXEval
// function is called with inputs drawn the way `etcot gen` draws them (harness/gen), in our interpreter
// and in CPython 3.11, and the two results (repr, or `Type: message`) must agree.
//
//   node --import tsx scripts/drawn-differential.ts [--draws N] [--seed S] [--limit N]
//
// CPython runs once under two hash seeds; a call whose result differs between them depends on the order
// of a set of strings (randomized in CPython, insertion order here) and is left out. So are calls that
// CPython does not finish within a second or that exceed our step limit.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFailure, type Interpreter } from '../interpreter/api.ts';
import { loadInterpreter } from '../interpreter/index.ts';
import { drawCall, planInputs } from '../harness/gen/inputs.ts';
import { Prng } from '../harness/gen/prng.ts';
import { SeedInputError } from '../harness/gen/seed-input.ts';
import { initSyntax } from '../harness/gen/syntax.ts';
import { pythonExecutable } from './corpus-expected.ts';

export interface DrawnCase {
  id: string;
  code: string;
  call: string;
}

export interface Disagreement extends DrawnCase {
  ours: string;
  cpython: string;
}

export interface DrawnReport {
  cases: number;
  compared: number;
  /** CPython's result depends on the string hash seed. */
  hashOrdered: number;
  /** CPython timed out, or we hit the step limit. */
  unfinished: number;
  disagreements: Disagreement[];
}

const CRUXEVAL = fileURLToPath(new URL('../../shared/data/cruxeval/cruxeval.jsonl', import.meta.url));
const STEP_LIMIT = 200_000;

/** Draws `draws` calls for each program (fewer when its seed input cannot be varied). */
export function drawCases(py: Interpreter, draws: number, seed: number, limit = Infinity): DrawnCase[] {
  const records = readFileSync(CRUXEVAL, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, limit)
    .map((l) => JSON.parse(l) as { id: string; code: string; input: string });
  const cases: DrawnCase[] = [];
  for (const r of records) {
    let plan;
    try {
      plan = planInputs(py, r.code, { input: r.input });
    } catch (e) {
      if (e instanceof SeedInputError) continue;
      throw e;
    }
    const rng = Prng.fromKey(seed, r.id);
    const seen = new Set<string>();
    for (let i = 0; i < draws * 3 && seen.size < draws; i++) {
      const call = drawCall(plan, rng);
      if (seen.has(call)) continue;
      seen.add(call);
      cases.push({ id: r.id, code: r.code, call });
    }
  }
  return cases;
}

function oursResult(py: Interpreter, c: DrawnCase): string | null {
  const r = py.runCall(c.code, c.call, { maxSteps: STEP_LIMIT });
  if (r.ok) return r.repr;
  if (r.error.kind === 'limit') return null;
  return formatFailure(r.error);
}

const CPYTHON_SCRIPT = `
import json, signal, sys
def alarm(*_):
    raise TimeoutError('unfinished')
signal.signal(signal.SIGALRM, alarm)
out = []
for c in json.load(sys.stdin):
    g = {}
    try:
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        exec(c['code'], g)
        r = repr(eval(c['call'], g))
    except TimeoutError as e:
        r = None if str(e) == 'unfinished' else 'TimeoutError: ' + str(e)
    except BaseException as e:
        r = type(e).__name__ + (': ' + str(e) if str(e) else '')
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    out.append(r)
print(json.dumps(out))
`;

/** CPython's result for every case under one hash seed; null where it did not finish. */
function cpythonResults(cases: DrawnCase[], hashSeed: number): (string | null)[] {
  const run = spawnSync(pythonExecutable(), ['-c', CPYTHON_SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONHASHSEED: String(hashSeed), PYTHONIOENCODING: 'utf-8' },
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as (string | null)[];
}

export function compareDrawn(py: Interpreter, cases: DrawnCase[]): DrawnReport {
  const a = cpythonResults(cases, 0);
  const b = cpythonResults(cases, 1);
  const report: DrawnReport = {
    cases: cases.length,
    compared: 0,
    hashOrdered: 0,
    unfinished: 0,
    disagreements: [],
  };
  cases.forEach((c, i) => {
    const cpython = a[i]!;
    if (cpython === null || b[i] === null) return void report.unfinished++;
    if (cpython !== b[i]) return void report.hashOrdered++;
    const ours = oursResult(py, c);
    if (ours === null) return void report.unfinished++;
    report.compared++;
    if (ours !== cpython) report.disagreements.push({ ...c, ours, cpython });
  });
  return report;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  await initSyntax();
  const py = await loadInterpreter();
  const cases = drawCases(py, opt('--draws', 4), opt('--seed', 1), opt('--limit', Infinity));
  const report = compareDrawn(py, cases);
  for (const d of report.disagreements) {
    console.log(`${d.id} ${d.call}\n  ours:    ${d.ours}\n  cpython: ${d.cpython}`);
  }
  console.log(
    `${report.cases} drawn calls: ${report.compared} compared, ${report.disagreements.length} disagree; ` +
      `left out: ${report.hashOrdered} hash-order dependent, ${report.unfinished} unfinished`,
  );
  if (report.disagreements.length > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
