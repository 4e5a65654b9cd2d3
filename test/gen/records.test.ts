import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultTemplateFile, loadTemplate, renderPrompt } from '../../harness/prompts/templates.ts';
import { traceOfAnswer, type ChatRecord } from '../../harness/gen/records.ts';
import { parseTrace } from '../../interpreter/tracer/parse-trace.ts';
import { PROGRAMS_FIXTURE, quietGen, readCruxeval, readRecords, tempDir } from './helpers.ts';

const template = loadTemplate(defaultTemplateFile('trace', 'chat'));
const META_KEYS = [
  'call',
  'granularity',
  'id',
  'input_origin',
  'key',
  'output',
  'source_id',
  'source_line',
  'trace_chars',
  'trace_steps',
];

/** Everything a record must satisfy, whatever program it came from. */
function checkRecord(record: ChatRecord, code: string): void {
  assert.deepEqual(Object.keys(record).sort(), ['messages', 'meta']);
  assert.deepEqual(
    record.messages.map((m) => m.role),
    ['user', 'assistant'],
  );
  for (const message of record.messages) {
    assert.deepEqual(Object.keys(message).sort(), ['content', 'role']);
    assert.equal(typeof message.content, 'string');
    assert.ok(message.content.length > 0);
  }
  const { meta } = record;
  assert.deepEqual(Object.keys(meta).sort(), META_KEYS);
  const prompt = renderPrompt(template, { code, call: meta.call }, 'chat');
  assert.equal(prompt.api, 'chat');
  if (prompt.api === 'chat') assert.equal(record.messages[0]!.content, prompt.messages.at(-1)!.content);
  const answer = record.messages[1]!.content;
  const trace = traceOfAnswer(answer);
  assert.notEqual(trace, null);
  const parsed = parseTrace(trace!);
  assert.deepEqual(parsed.malformed, []);
  assert.equal(parsed.answer, meta.output);
  assert.equal(parsed.truncatedAfter, null);
  assert.equal(parsed.steps.length, meta.trace_steps);
  assert.equal(trace!.length, meta.trace_chars);
  assert.ok(answer.endsWith(`[/TRACE]\n[ANSWER] assert ${meta.call} == ${meta.output} [/ANSWER]`));
}

const CODES: Record<string, string> = {
  sum: 'def f(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total',
  join: 'def g(words, sep):\n    return sep.join(w.upper() for w in words)',
  hint: 'def h(xs: list[int], s: str, flag: bool = False) -> str:\n    return s * len(xs) if not flag else s',
  raise: 'def f(x):\n    return 10 // x',
  'sum-copy':
    'def f(values):\n    # running total\n    acc = 0\n    for v in values:\n        acc += v\n    return acc',
  long: 'def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s',
};

test('records of the given calls are well formed and hold the harness trace prompt', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  const { report } = await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out });
  const records = readRecords(out);
  assert.deepEqual(
    records.map((r) => [r.meta.id, r.meta.call, r.meta.output, r.meta.input_origin]),
    [
      ['sum', 'f([1, 2, 3])', '6', 'given'],
      ['join', "g(['a', 'b'], '-')", "'A-B'", 'given'],
    ],
  );
  for (const record of records) checkRecord(record, CODES[record.meta.source_id]!);
  assert.equal(report.records_written, 2);
});

test('records of drawn inputs are well formed, their traces parse and end in meta.output', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  const { report } = await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, inputs: 3, seed: 5 });
  const records = readRecords(out);
  assert.equal(records.length, report.records_written);
  assert.equal(records.length, 17);
  for (const record of records) checkRecord(record, CODES[record.meta.source_id]!);
  assert.deepEqual([...new Set(records.map((r) => r.meta.input_origin))].sort(), ['hints', 'seed']);
  // A drawn call keeps the function and argument count of its seed.
  for (const r of records.filter((r) => r.meta.source_id === 'join'))
    assert.match(r.meta.call, /^g\(\[.*\], '.*'\)$/);
});

test('--few-shot keeps the whole prompt of etcot eval before the answer', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, fewShot: true });
  const [first] = readRecords(out);
  const prompt = renderPrompt(template, { code: CODES.sum!, call: 'f([1, 2, 3])' }, 'chat');
  assert.equal(prompt.api, 'chat');
  if (prompt.api === 'chat') assert.deepEqual(first!.messages.slice(0, -1), prompt.messages);
  assert.deepEqual(
    first!.messages.map((m) => m.role),
    ['system', 'user', 'assistant', 'user', 'assistant', 'user', 'assistant'],
  );
});

test('expr and line granularities write their own traces', async () => {
  for (const granularity of ['expr', 'line'] as const) {
    const dir = tempDir();
    const out = join(dir, 'out.jsonl');
    await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, granularity });
    const records = readRecords(out);
    assert.equal(records.length, 2);
    for (const record of records) {
      checkRecord(record, CODES[record.meta.source_id]!);
      assert.equal(record.meta.granularity, granularity);
      const evals = parseTrace(traceOfAnswer(record.messages[1]!.content)!).steps.filter(
        (s) => s.kind === 'eval',
      );
      if (granularity === 'line') assert.equal(evals.length, 0);
    }
  }
});

test('records drawn from real CRUXEval programs are well formed and consistent', async () => {
  const dir = tempDir();
  const programs = join(dir, 'crux.jsonl');
  const samples = readCruxeval().slice(0, 30);
  writeFileSync(programs, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const out = join(dir, 'out.jsonl');
  // Limits out of the way: the count then depends only on what the programs do with the drawn inputs.
  const { report } = await quietGen({
    programsFile: programs,
    outFile: out,
    inputs: 2,
    seed: 3,
    maxTraceChars: 1_000_000,
    maxSteps: 100_000,
    maxEvalSteps: 1_000_000,
  });
  const codes = new Map(samples.map((s) => [s.id, s.code]));
  const records = readRecords(out);
  assert.equal(records.length, report.records_written);
  assert.equal(records.length, 59);
  assert.deepEqual(report.dropped, {
    'bad-line': 0,
    'no-inputs': 0,
    contaminated: 0,
    duplicate: 10,
    raised: 8,
    timeout: 0,
    unsupported: 0,
    'internal-error': 0,
    'too-long': 0,
  });
  for (const record of records) checkRecord(record, codes.get(record.meta.source_id)!);
  // Drawn inputs differ from the benchmark's own.
  const own = new Set(samples.map((s) => `f(${s.input})`));
  assert.ok(records.filter((r) => own.has(r.meta.call)).length < records.length / 4);
});

test('a completion-style --prompt-file gives one user turn and an answer continuing its [TRACE]', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  const file = defaultTemplateFile('trace', 'completion');
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, promptFile: file });
  const [first] = readRecords(out);
  const prompt = renderPrompt(loadTemplate(file), { code: CODES.sum!, call: 'f([1, 2, 3])' }, 'chat');
  assert.equal(prompt.api, 'chat');
  if (prompt.api === 'chat') assert.deepEqual(first!.messages.slice(0, -1), prompt.messages);
  assert.ok(first!.messages[0]!.content.endsWith('[TRACE]'));
  const answer = first!.messages[1]!.content;
  assert.ok(answer.startsWith('call f(xs=[1, 2, 3])\n'), answer);
  assert.equal(parseTrace(traceOfAnswer(answer)!).answer, '6');
});
