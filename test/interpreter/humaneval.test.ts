// HumanEval's 164 programs (../shared/data/humaneval) as real-world interpreter input: each canonical
// solution must pass its own `check()` in both evaluators, as it does in CPython 3.11 (see SOURCE.md there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter, type InternalRunOptions } from '../../interpreter/index.ts';
import { TRACE_EVENTS_VERSION } from '../../interpreter/tracer/events.ts';

interface Task {
  task_id: string;
  prompt: string;
  canonical_solution: string;
  test: string;
  entry_point: string;
}

const file = fileURLToPath(new URL('../../../shared/data/humaneval/HumanEval.jsonl', import.meta.url));
const tasks = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Task);

function program(t: Task, body: string): string {
  return `${t.prompt}${body}\n${t.test}\ncheck(${t.entry_point})\n`;
}

test('all 164 HumanEval canonical solutions pass their checks, compiled and tree-walked', async () => {
  assert.equal(tasks.length, 164);
  const py = await loadInterpreter();
  const failures: string[] = [];
  for (const t of tasks) {
    for (const sink of [null, { version: TRACE_EVENTS_VERSION, emit: () => {} }]) {
      const options: InternalRunOptions = { maxSteps: 50_000_000, sink };
      const r = py.runModule(program(t, t.canonical_solution), options);
      if (!r.ok)
        failures.push(`${t.task_id} (${sink === null ? 'compiled' : 'traced'}): ${formatFailure(r.error)}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('every check rejects a solution that returns None', async () => {
  const py = await loadInterpreter();
  const accepted = tasks.filter((t) => {
    const r = py.runModule(program(t, '    return None\n'), { maxSteps: 5_000_000 });
    return r.ok || r.error.kind !== 'exception';
  });
  assert.deepEqual(
    accepted.map((t) => t.task_id),
    [],
  );
});
