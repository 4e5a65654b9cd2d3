// Interpreter speed against CPython, measured in the same run: all of CRUXEval, and a few loop-heavy
// programs. CPython runs every program in one python3 process (the fairest reference: no start-up cost
// per program), timed from inside that process.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadInterpreter } from '../interpreter/index.ts';
import { pythonExecutable } from '../scripts/corpus-expected.ts';
import type { BenchReport } from './report.ts';

interface Program {
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

/** Seconds CPython needs for each program list, timed inside one python3 process. */
function pythonSeconds(programs: Program[], repeat: number): number {
  const script = `
import json, sys, time
progs = json.load(sys.stdin)
best = None
for _ in range(${repeat}):
    t = time.perf_counter()
    for p in progs:
        g = {}
        try:
            exec(p['code'], g)
            eval(p['call'], g)
        except Exception:
            pass
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print(best)
`;
  const out = execFileSync(pythonExecutable(), ['-c', script], {
    input: JSON.stringify(programs),
    encoding: 'utf8',
  });
  return Number(out.trim());
}

/** Our time for the whole list: the first pass (parsing included) and the best of the repeats (parsed
 * programs are cached by source text, so later passes measure execution alone). */
async function oursSeconds(programs: Program[], repeat: number): Promise<{ first: number; best: number }> {
  const interp = await loadInterpreter();
  let first = 0;
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t = performance.now();
    for (const p of programs) interp.runCall(p.code, p.call, { maxSteps: 100_000_000 });
    const seconds = (performance.now() - t) / 1000;
    if (r === 0) first = seconds;
    best = Math.min(best, seconds);
  }
  return { first, best };
}

export async function benchInterpreter(cruxevalPath: string): Promise<BenchReport> {
  const samples = readFileSync(cruxevalPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; code: string; input: string });
  const crux: Program[] = samples.map((s) => ({ id: s.id, code: s.code, call: `f(${s.input})` }));
  const rows: BenchReport['rows'] = [];
  const cruxOurs = await oursSeconds(crux, 3);
  const cruxPy = pythonSeconds(crux, 3);
  rows.push({
    name: `CRUXEval, all ${crux.length} programs, first pass (parsing included)`,
    ours: cruxOurs.first,
    reference: cruxPy,
    unit: 's',
  });
  rows.push({
    name: `CRUXEval, all ${crux.length} programs, best of 3 (parsed programs cached)`,
    ours: cruxOurs.best,
    reference: cruxPy,
    unit: 's',
  });
  for (const p of LOOP_PROGRAMS) {
    const ours = await oursSeconds([p], 3);
    rows.push({ name: `loop: ${p.id}`, ours: ours.best, reference: pythonSeconds([p], 3), unit: 's' });
  }
  return { title: 'Interpreter vs CPython (python3, one process)', referenceName: 'python3', rows };
}
