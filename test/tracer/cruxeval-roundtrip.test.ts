// Every CRUXEval sample traced: the text parses back to exactly the rendered steps, its RESULT line is the
// sample's expected output, and tracing twice gives byte-identical text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as interpreter from '../../interpreter/index.ts';
import { parseTrace } from '../../interpreter/tracer/parse-trace.ts';
import { traceCall } from '../../interpreter/tracer/trace-call.ts';
import type { Granularity } from '../../interpreter/tracer/steps.ts';

interface CruxSample {
  id: string;
  code: string;
  input: string;
  output: string;
}

const DATA = fileURLToPath(new URL('../../../shared/data/cruxeval/cruxeval.jsonl', import.meta.url));
const samples: CruxSample[] = readFileSync(DATA, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as CruxSample);

function check(granularity: Granularity, subset: CruxSample[]): { roundTrip: string[]; answers: string[] } {
  const roundTrip: string[] = [];
  const answers: string[] = [];
  for (const sample of subset) {
    const traced = traceCall(interpreter, sample.code, `f(${sample.input})`, { granularity });
    const parsed = parseTrace(traced.text);
    if (parsed.malformed.length > 0 || !isSameSteps(parsed.steps, traced.steps)) roundTrip.push(sample.id);
    if (traced.tracerError !== null) roundTrip.push(`${sample.id}: tracer error ${traced.tracerError}`);
    if (parsed.answer !== sample.output) answers.push(`${sample.id}: ${parsed.answer} != ${sample.output}`);
  }
  return { roundTrip, answers };
}

function isSameSteps(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

test('CRUXEval holds 800 samples', () => {
  assert.equal(samples.length, 800);
});

test('all 800 samples at granularity op: exact round trip and the expected answer', async () => {
  await interpreter.loadInterpreter();
  const { roundTrip, answers } = check('op', samples);
  assert.deepEqual(roundTrip, []);
  assert.deepEqual(answers, []);
});

test('every 8th sample at granularities expr and line: exact round trip and the expected answer', async () => {
  await interpreter.loadInterpreter();
  const subset = samples.filter((_, i) => i % 8 === 0);
  for (const granularity of ['expr', 'line'] as const) {
    const { roundTrip, answers } = check(granularity, subset);
    assert.deepEqual(roundTrip, [], granularity);
    assert.deepEqual(answers, [], granularity);
  }
});

test('determinism: tracing the same call twice gives byte-identical text', async () => {
  await interpreter.loadInterpreter();
  const differing: string[] = [];
  for (const sample of samples.filter((_, i) => i % 20 === 0)) {
    const call = `f(${sample.input})`;
    const first = traceCall(interpreter, sample.code, call).text;
    // Something else in between, so leftover process state would show.
    traceCall(interpreter, samples[0].code, `f(${samples[0].input})`);
    if (traceCall(interpreter, sample.code, call).text !== first) differing.push(sample.id);
  }
  assert.deepEqual(differing, []);
});
