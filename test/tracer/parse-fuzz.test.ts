// Fuzzing parseTrace with damaged real traces (the golden .trace files): truncations, deleted and
// duplicated lines, character edits, re-indentation and inserted garbage. A seeded PRNG makes every run
// identical. Each case checks exact consequences of the damage, not just "did not throw".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseTrace, type ParsedTrace } from '../../interpreter/tracer/parse-trace.ts';
import { formatStep } from '../../interpreter/tracer/steps.ts';
import { listGoldenPrograms } from './golden-programs.ts';

const traces = listGoldenPrograms().map((p) => readFileSync(p.tracePath, 'utf8'));
const CASES_PER_KIND = 600;

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** Invariants of any parse: malformed entries point at real lines, and kept steps re-read identically. */
function checkWellFormed(text: string, parsed: ParsedTrace): void {
  const lines = text.split('\n');
  for (const m of parsed.malformed) {
    assert.ok(m.line >= 1 && m.line <= lines.length, `line ${m.line} out of range`);
    assert.equal(m.text, lines[m.line - 1].replace(/\r$/, ''));
    assert.notEqual(m.reason, '');
  }
  for (const step of parsed.steps) {
    const again = parseTrace(formatStep(step)).steps;
    assert.equal(again.length, 1);
    assert.equal(again[0].kind, step.kind);
    assert.equal(again[0].text, step.text);
    assert.equal(again[0].value, step.value);
    assert.ok(step.depth >= 0);
  }
}

const ACCEPTED_NON_STEP = /^(#|RESULT:|\.\.\. truncated after \d+ steps?$)/;

/** Every non-blank line is exactly one of: a step (as read alone), malformed, or a non-step line kind. */
function checkEveryLineAccounted(text: string, parsed: ParsedTrace): void {
  const lines = text.split('\n');
  const stepLines = new Set(parsed.stepLineNumbers);
  const malformedLines = new Set(parsed.malformed.map((m) => m.line));
  assert.equal(stepLines.size, parsed.steps.length);
  parsed.stepLineNumbers.forEach((n, i) => {
    assert.ok(!malformedLines.has(n), `line ${n} is both a step and malformed`);
    const alone = parseTrace(lines[n - 1]).steps;
    assert.equal(alone.length, 1);
    assert.equal(alone[0].text, parsed.steps[i].text);
  });
  lines.forEach((line, index) => {
    const body = line.replace(/\r$/, '').trim();
    if (body === '' || stepLines.has(index + 1) || malformedLines.has(index + 1)) return;
    assert.match(body, ACCEPTED_NON_STEP, `line ${index + 1} was silently dropped: ${JSON.stringify(line)}`);
  });
}

function countSteps(lines: string[]): number {
  return parseTrace(lines.join('\n')).steps.length;
}

test('every golden trace parses cleanly (the fuzz corpus is sound)', () => {
  assert.ok(traces.length >= 40);
  for (const text of traces) assert.deepEqual(parseTrace(text).malformed, []);
});

test('truncation at a random character: never throws, only the cut line can be malformed', () => {
  const rand = prng(1);
  for (let i = 0; i < CASES_PER_KIND; i++) {
    const text = pick(rand, traces);
    const cut = text.slice(0, Math.floor(rand() * text.length));
    const parsed = parseTrace(cut);
    checkWellFormed(cut, parsed);
    checkEveryLineAccounted(cut, parsed);
    const lastLine = cut.split('\n').length;
    assert.deepEqual(
      parsed.malformed.filter((m) => m.line !== lastLine),
      [],
    );
    // The answer survives only when the RESULT line was reached and is complete enough to read.
    if (!cut.includes('\nRESULT: ')) assert.equal(parsed.answer, null);
  }
});

test('deleting and duplicating whole lines changes the step count by exactly those lines', () => {
  const rand = prng(2);
  for (let i = 0; i < CASES_PER_KIND; i++) {
    const lines = pick(rand, traces).trimEnd().split('\n');
    const body = lines.slice(0, -1); // keep the RESULT line last
    const at = 1 + Math.floor(rand() * (body.length - 1));
    const isStep = countSteps([body[at]]) === 1;
    const deleted = [...body.slice(0, at), ...body.slice(at + 1), lines[lines.length - 1]];
    const duplicated = [...body.slice(0, at + 1), body[at], ...body.slice(at + 1), lines[lines.length - 1]];
    const original = countSteps(lines);
    const d = parseTrace(deleted.join('\n'));
    const u = parseTrace(duplicated.join('\n'));
    checkWellFormed(deleted.join('\n'), d);
    checkWellFormed(duplicated.join('\n'), u);
    assert.equal(d.steps.length, original - (isStep ? 1 : 0));
    assert.equal(u.steps.length, original + (isStep ? 1 : 0));
    assert.deepEqual(d.malformed, []);
    assert.equal(d.answer, parseTrace(lines.join('\n')).answer);
  }
});

test('re-indentation never changes the parsed steps', () => {
  const rand = prng(3);
  for (let i = 0; i < CASES_PER_KIND; i++) {
    const text = pick(rand, traces);
    const reindented = text
      .split('\n')
      .map((line) => ' \t'[Math.floor(rand() * 2)].repeat(Math.floor(rand() * 9)) + line.trimStart())
      .join('\n');
    const parsed = parseTrace(reindented);
    assert.deepEqual(parsed.steps, parseTrace(text).steps);
    assert.deepEqual(parsed.malformed, []);
  }
});

const GARBAGE = [
  'Let me think about this step by step.',
  'So the loop runs three times.',
  '```',
  '[TRACE]',
  'The answer is 42',
  '**Step 3**: compute the sum',
  '- then we return',
  'L',
  'Lx total = 0',
  'set',
  'iter 1 n = 2',
  'branch yes',
  'eval (1, 2',
  "return 'unterminated",
  'raise 12',
  '... truncated after many steps',
];

test('inserted garbage lines are reported at exactly their line numbers and change nothing else', () => {
  const rand = prng(4);
  for (let i = 0; i < CASES_PER_KIND; i++) {
    const text = pick(rand, traces);
    const lines = text.trimEnd().split('\n');
    const at = Math.floor(rand() * (lines.length - 1));
    const garbage = pick(rand, GARBAGE);
    const damaged = [...lines.slice(0, at), garbage, ...lines.slice(at)];
    const parsed = parseTrace(damaged.join('\n'));
    checkWellFormed(damaged.join('\n'), parsed);
    checkEveryLineAccounted(damaged.join('\n'), parsed);
    assert.deepEqual(
      parsed.malformed.map((m) => m.line),
      [at + 1],
    );
    const clean = parseTrace(text);
    assert.equal(parsed.steps.length, clean.steps.length);
    assert.equal(parsed.answer, clean.answer);
  }
});

test('random character edits: never throws, malformed lines are exactly the unreadable ones', () => {
  const rand = prng(5);
  const alphabet = 'abcXYZ019 =:->\'"()[]{}!#.,\t\\';
  for (let i = 0; i < CASES_PER_KIND; i++) {
    const chars = [...pick(rand, traces)];
    const edits = 1 + Math.floor(rand() * 6);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rand() * chars.length);
      const op = rand();
      if (op < 0.4) chars.splice(at, 1);
      else if (op < 0.8) chars.splice(at, 0, pick(rand, [...alphabet]));
      else chars[at] = pick(rand, [...alphabet]);
    }
    const text = chars.join('');
    const parsed = parseTrace(text);
    checkWellFormed(text, parsed);
    checkEveryLineAccounted(text, parsed);
  }
});

test('the parser is total on arbitrary bytes', () => {
  const rand = prng(6);
  for (let i = 0; i < CASES_PER_KIND; i++) {
    const length = Math.floor(rand() * 200);
    let text = '';
    for (let j = 0; j < length; j++) text += String.fromCharCode(Math.floor(rand() * 0x3000));
    const parsed = parseTrace(text);
    checkWellFormed(text, parsed);
    checkEveryLineAccounted(text, parsed);
  }
});
