// Interpreter speed against CPython, measured in the same run: all of CRUXEval, and a few loop-heavy
// programs. CPython runs every program list in one python3 process (no start-up cost per program), timed
// from inside that process; each loop program gets a fresh process on both sides.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadInterpreter } from '../interpreter/index.ts';
import { pythonExecutable } from '../scripts/corpus-expected.ts';
import type { BenchReport } from './report.ts';

export interface Program {
  id: string;
  code: string;
  call: string;
}

export const LOOP_PROGRAMS: Program[] = [
  {
    id: 'sum-loop-1e6',
    code: 'def f(n):\n    s = 0\n    for i in range(n):\n        s += i * 2\n    return s\n',
    call: 'f(1000000)',
  },
  {
    id: 'while-collatz',
    code:
      'def f(n):\n    total = 0\n    for k in range(1, n):\n        x = k\n        while x != 1:\n' +
      '            x = x // 2 if x % 2 == 0 else 3 * x + 1\n            total += 1\n    return total\n',
    call: 'f(3000)',
  },
  {
    id: 'list-and-dict',
    code:
      'def f(n):\n    d = {}\n    out = []\n    for i in range(n):\n        k = i % 97\n' +
      '        d[k] = d.get(k, 0) + 1\n        out.append(k * 2)\n    return len(out), sum(d.values())\n',
    call: 'f(200000)',
  },
  {
    id: 'string-building',
    code:
      'def f(n):\n    parts = []\n    for i in range(n):\n        parts.append(str(i % 10))\n' +
      "    s = ''.join(parts)\n    return s.count('7'), len(s.replace('1', 'ab'))\n",
    call: 'f(200000)',
  },
  {
    id: 'recursive-fib',
    code: 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n',
    call: 'fib(22)',
  },
];

interface Timing {
  /** Best of the repeats, in seconds. */
  seconds: number;
  /** Minor page faults during that best repeat: fresh memory the OS had to map in. */
  faults: number;
}

/** CPython's time for a program list, timed inside one fresh python3 process. */
function pythonTiming(programs: Program[], repeat: number): Timing {
  const script = `
import json, resource, sys, time
progs = json.load(sys.stdin)
best = None
for _ in range(${repeat}):
    f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    t = time.perf_counter()
    for p in progs:
        g = {}
        try:
            exec(p['code'], g)
            eval(p['call'], g)
        except Exception:
            pass
    d = time.perf_counter() - t
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0
    if best is None or d < best[0]:
        best = (d, faults)
print(json.dumps({'seconds': best[0], 'faults': best[1]}))
`;
  const out = execFileSync(pythonExecutable(), ['-c', script], {
    input: JSON.stringify(programs),
    encoding: 'utf8',
  });
  return JSON.parse(out) as Timing;
}

/**
 * Our time for a program list in this process: the first pass (parsing included) and the best of the
 * repeats (parsed programs are cached by source text, so later passes measure execution alone).
 */
export async function oursTiming(
  programs: Program[],
  repeat: number,
): Promise<{ first: number; best: Timing }> {
  const interp = await loadInterpreter();
  let first = 0;
  let best: Timing = { seconds: Infinity, faults: 0 };
  for (let r = 0; r < repeat; r++) {
    const f0 = process.resourceUsage().minorPageFault;
    const t = performance.now();
    for (const p of programs) interp.runCall(p.code, p.call, { maxSteps: 100_000_000 });
    const seconds = (performance.now() - t) / 1000;
    const faults = process.resourceUsage().minorPageFault - f0;
    if (r === 0) first = seconds;
    if (seconds < best.seconds) best = { seconds, faults };
  }
  return { first, best };
}

/**
 * Our time for one loop program in a fresh node process, as python3 gets a fresh process: a JIT compiler's
 * type feedback from earlier programs would otherwise make the comparison depend on what ran before.
 */
function freshTiming(p: Program, repeat: number): Timing & { first: number } {
  const child = fileURLToPath(new URL('./loop-child.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, p.id, String(repeat)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Timing & { first: number };
}

/**
 * Loop programs are timed as the best of this many runs on both sides: enough for V8 to finish compiling
 * the hot code, so the figure is the steady state (the first run, JIT warm-up included, is noted).
 */
const LOOP_REPEATS = 10;

export async function benchInterpreter(cruxevalPath: string): Promise<BenchReport> {
  const samples = readFileSync(cruxevalPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; code: string; input: string });
  const crux: Program[] = samples.map((s) => ({ id: s.id, code: s.code, call: `f(${s.input})` }));
  const rows: BenchReport['rows'] = [];
  const cruxOurs = await oursTiming(crux, 3);
  const cruxPy = pythonTiming(crux, 3).seconds;
  rows.push({
    name: `CRUXEval, all ${crux.length} programs, first pass (parsing included)`,
    ours: cruxOurs.first,
    reference: cruxPy,
    unit: 's',
  });
  rows.push({
    name: `CRUXEval, all ${crux.length} programs, best of 3 (parsed programs cached)`,
    ours: cruxOurs.best.seconds,
    reference: cruxPy,
    unit: 's',
  });
  for (const p of LOOP_PROGRAMS) {
    const fresh = freshTiming(p, LOOP_REPEATS);
    const py = pythonTiming([p], LOOP_REPEATS);
    // The same program again in this process, after all of CRUXEval ran here.
    const warm = (await oursTiming([p], LOOP_REPEATS)).best;
    rows.push({
      name: `loop: ${p.id}`,
      ours: fresh.seconds,
      reference: py.seconds,
      unit: 's',
      note:
        `first run ${(fresh.first * 1000).toFixed(1)} ms; after CRUXEval in one process ` +
        `${(warm.seconds * 1000).toFixed(1)} ms = ${(warm.seconds / py.seconds).toFixed(2)}×; ` +
        `page faults ${fresh.faults} vs ${py.faults}`,
    });
  }
  const floor = pushFloor(200_000, 3);
  rows.push({
    name: 'host floor: 200,000 Array.push in plain JS, no interpreter (list-and-dict appends as many)',
    ours: floor.seconds,
    unit: 's',
    note: `page faults ${floor.faults}: V8 maps fresh memory for every growth of a large array`,
  });
  return {
    title: `Interpreter vs CPython (python3; loops: a fresh process each, best of ${LOOP_REPEATS})`,
    referenceName: 'python3',
    rows,
  };
}

/** What growing one large array costs on this machine, whatever runs on top of it. */
function pushFloor(n: number, repeat: number): Timing {
  let best: Timing = { seconds: Infinity, faults: 0 };
  for (let r = 0; r < repeat; r++) {
    const f0 = process.resourceUsage().minorPageFault;
    const t = performance.now();
    const items: number[] = [];
    for (let i = 0; i < n; i++) items.push(i & 7);
    const seconds = (performance.now() - t) / 1000;
    if (items.length !== n) throw new Error('unreachable');
    if (seconds < best.seconds) best = { seconds, faults: process.resourceUsage().minorPageFault - f0 };
  }
  return best;
}
