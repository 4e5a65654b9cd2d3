// Golden traces: every program in test/golden/traces must trace to exactly its checked-in .trace file.
// UPDATE_GOLDEN=1 rewrites the .trace files from the current tracer (review the diff before committing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatFailure } from '../../interpreter/api.ts';
import * as interpreter from '../../interpreter/index.ts';
import { traceCall } from '../../interpreter/tracer/trace-call.ts';
import { parseTrace } from '../../interpreter/tracer/parse-trace.ts';
import { listGoldenPrograms } from './golden-programs.ts';

const programs = listGoldenPrograms();
const update = process.env.UPDATE_GOLDEN === '1';

test('the golden corpus holds at least 40 programs', () => {
  assert.ok(programs.length >= 40, `only ${programs.length} programs`);
});

for (const program of programs) {
  test(`golden/${program.name}`, async () => {
    await interpreter.loadInterpreter();
    const traced = traceCall(interpreter, program.code, program.call, {
      granularity: program.granularity,
      maxSteps: program.maxSteps,
    });
    if (update) writeFileSync(program.tracePath, traced.text);
    assert.ok(existsSync(program.tracePath), `${program.tracePath} is missing; run with UPDATE_GOLDEN=1`);
    assert.equal(traced.text, readFileSync(program.tracePath, 'utf8'));
    const parsed = parseTrace(traced.text);
    assert.deepEqual(parsed.malformed, []);
    assert.deepEqual(parsed.steps, traced.steps);
    // The RESULT line is the untraced run's outcome.
    const untraced = interpreter.runCall(program.code, program.call);
    assert.equal(parsed.answer, untraced.ok ? untraced.repr : `!! ${formatFailure(untraced.error)}`);
  });
}
