// Property-style checks over many true CRUXEval traces: any single changed value is caught at exactly its
// line, and spacing or indentation alone never counts as a divergence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeValue, traceLines, withLineReplaced } from './plant.ts';
import { realTrace } from './real-traces.ts';

/** Every 16th CRUXEval program whose trace is short enough to mutate line by line. */
const IDS = Array.from({ length: 50 }, (_, i) => `sample_${i * 16}`);
const MAX_LINES = 150;

test('every single-line value change in a true trace is caught at exactly that line', async () => {
  let traces = 0;
  let mutations = 0;
  for (const id of IDS) {
    const t = await realTrace(id);
    const lines = traceLines(t.text);
    if (lines.length > MAX_LINES) continue;
    traces++;
    for (let n = 1; n <= lines.length; n++) {
      if (lines[n - 1].startsWith('# etcot-trace')) continue;
      const changed = changeValue(lines[n - 1]);
      if (changed === undefined) continue;
      const { diagnosis } = t.diagnose(withLineReplaced(t.text, n, changed));
      assert.equal(diagnosis.first_divergence?.line, n, `${id} line ${n}: ${lines[n - 1]} -> ${changed}`);
      mutations++;
    }
  }
  assert.ok(traces >= 40, `only ${traces} traces were short enough`);
  assert.ok(mutations >= 800, `only ${mutations} mutations`);
});

test('spacing, indentation and a missing header are not divergences', async () => {
  for (const id of IDS.slice(0, 20)) {
    const t = await realTrace(id);
    const reformatted = traceLines(t.text)
      .filter((l) => !l.startsWith('# etcot-trace'))
      .map((l) => l.trim().replace(/^(\w+) /, '$1   '))
      .join('\n');
    const { diagnosis } = t.diagnose(reformatted);
    assert.equal(diagnosis.consistent, true, `${id}: ${JSON.stringify(diagnosis.first_divergence)}`);
    assert.equal(diagnosis.final_answer_correct, true, id);
  }
});

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('character-level corruption never throws and always points inside the trace', async () => {
  const next = random(12345);
  const junk = ['(', ')', '[', "'", '"', ' ', '\n', '=', ':', 'RESULT: ', 'eval ', 'L9 ', '->', '\\', '#'];
  let diverged = 0;
  for (const id of IDS.slice(0, 12)) {
    const t = await realTrace(id);
    for (let round = 0; round < 25; round++) {
      let text = t.text;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * text.length);
        const cut = Math.floor(next() * 6);
        text = text.slice(0, at) + junk[Math.floor(next() * junk.length)] + text.slice(at + cut);
      }
      const { diagnosis } = t.diagnose(text);
      const lines = text.split('\n').length;
      if (diagnosis.first_divergence === null) continue;
      diverged++;
      assert.ok(
        diagnosis.first_divergence.line >= 1 && diagnosis.first_divergence.line <= lines + 1,
        `${id}: ${text}`,
      );
    }
  }
  assert.ok(diverged >= 250, `only ${diverged} of 300 corrupted traces diverged`);
});
