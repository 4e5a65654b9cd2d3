import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DROP_REASONS, type DropReason } from '../../harness/gen/stats.ts';
import { PROGRAMS_FIXTURE, quietGen, readRecords, tempDir } from './helpers.ts';

function drops(counts: Partial<Record<DropReason, number>>): Record<DropReason, number> {
  return Object.fromEntries(DROP_REASONS.map((r) => [r, counts[r] ?? 0])) as Record<DropReason, number>;
}

test('every skipped program is counted by reason; bad lines are reported with file and line', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  const statsFile = join(dir, 'stats.json');
  const { report, log } = await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, statsFile });
  assert.equal(report.programs_read, 11);
  assert.equal(report.records_written, 2);
  assert.deepEqual(
    report.dropped,
    drops({
      'bad-line': 2,
      'no-inputs': 1,
      duplicate: 1,
      raised: 1,
      timeout: 1,
      unsupported: 2,
      'too-long': 1,
    }),
  );
  assert.deepEqual(log, [
    `${PROGRAMS_FIXTURE}:3: no "call" or "input" (use --inputs K to draw inputs)`,
    `${PROGRAMS_FIXTURE}:6: syntax error in the code`,
    `error: ${PROGRAMS_FIXTURE}:7: invalid JSON: Unterminated string in JSON at position 33`,
    `error: ${PROGRAMS_FIXTURE}:10: field "code" must be a non-empty string`,
  ]);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as typeof report;
  assert.deepEqual(stats.dropped, report.dropped);
  assert.equal(stats.records_written, 2);
  const chars = readRecords(out)
    .map((r) => r.meta.trace_chars)
    .sort((a, b) => a - b);
  assert.deepEqual(stats.trace_chars, { min: chars[0], median: chars[0], p95: chars[1], max: chars[1] });
  assert.deepEqual(stats.approx_tokens, {
    min: Math.round(chars[0]! / 4),
    median: Math.round(chars[0]! / 4),
    p95: Math.round(chars[1]! / 4),
    max: Math.round(chars[1]! / 4),
  });
});

test('--max-trace-chars drops longer traces and keeps the rest', async () => {
  const dir = tempDir();
  const programs = join(dir, 'programs.jsonl');
  const code = 'def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s';
  writeFileSync(
    programs,
    [1, 2, 5, 9].map((n) => JSON.stringify({ code, input: String(n) })).join('\n') + '\n',
  );
  const full = await quietGen({
    programsFile: programs,
    outFile: join(dir, 'all.jsonl'),
    maxTraceChars: 100_000,
  });
  const lengths = readRecords(join(dir, 'all.jsonl')).map((r) => r.meta.trace_chars);
  assert.equal(lengths.length, 4);
  assert.ok(lengths[0]! < lengths[1]! && lengths[1]! < lengths[2]! && lengths[2]! < lengths[3]!);
  assert.equal(full.report.dropped['too-long'], 0);
  const limited = await quietGen({
    programsFile: programs,
    outFile: join(dir, 'cut.jsonl'),
    maxTraceChars: lengths[1]!,
  });
  assert.equal(limited.report.dropped['too-long'], 2);
  assert.deepEqual(
    readRecords(join(dir, 'cut.jsonl')).map((r) => r.meta.call),
    ['f(1)', 'f(2)'],
  );
});

test('identical (normalized program, input) pairs are written once', async () => {
  const dir = tempDir();
  const programs = join(dir, 'programs.jsonl');
  const lines = [
    { id: 'a', code: 'def f(x):\n    return x * 2', input: '3' },
    { id: 'b', code: 'def f(y):\n    # doubles\n    return y * 2', call: 'f( 3 )' },
    { id: 'c', code: 'def f(x):\n    return x * 2', input: '4' },
    { id: 'd', code: 'def g(q):\n    return q * 2', call: 'g(4)' },
    { id: 'e', code: "def f(s):\n    return s + 'x'", input: '"a"' },
    { id: 'f', code: 'def f(s):\n    return s + "x"', input: "'a'" },
  ];
  writeFileSync(programs, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const out = join(dir, 'out.jsonl');
  const { report } = await quietGen({ programsFile: programs, outFile: out });
  assert.equal(report.dropped.duplicate, 3);
  assert.deepEqual(
    readRecords(out).map((r) => r.meta.id),
    ['a', 'c', 'e'],
  );
});

test('the same seed gives byte-identical output; another seed draws other inputs', async () => {
  const dir = tempDir();
  const run = async (seed: number, name: string) => {
    const out = join(dir, name);
    await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, inputs: 3, seed });
    return readFileSync(out, 'utf8');
  };
  const first = await run(5, 'a.jsonl');
  const again = await run(5, 'b.jsonl');
  const other = await run(6, 'c.jsonl');
  assert.equal(again, first);
  const calls = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { meta: { call: string } }).meta.call);
  assert.notDeepEqual(calls(other), calls(first));
  assert.equal(calls(first).length, 17);
});

test('--resume continues an interrupted run (torn last line, partial program) to the identical output', async () => {
  const dir = tempDir();
  const full = join(dir, 'full.jsonl');
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: full, inputs: 3, seed: 5 });
  const text = readFileSync(full, 'utf8');
  const lines = text.split('\n').filter(Boolean);
  const sourceLines = lines.map((l) => (JSON.parse(l) as { meta: { source_line: number } }).meta.source_line);
  assert.deepEqual(sourceLines, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 8, 8, 8, 9, 9]);

  // Killed while writing the 2nd record of input line 3: records 1..7 whole, the 8th torn.
  const partial = join(dir, 'partial.jsonl');
  const kept = lines.slice(0, 7).join('\n') + '\n';
  writeFileSync(partial, kept + lines[7]!.slice(0, 40));
  const resumed = await quietGen({
    programsFile: PROGRAMS_FIXTURE,
    outFile: partial,
    inputs: 3,
    seed: 5,
    resume: true,
  });
  assert.equal(readFileSync(partial, 'utf8'), text);
  assert.equal(resumed.report.resumed_records, 6);
  assert.equal(resumed.report.resumed_after_line, 2);
  assert.equal(resumed.report.records_written, 11);

  // Stopped cleanly between two programs: nothing is redone twice, nothing is lost.
  const clean = join(dir, 'clean.jsonl');
  writeFileSync(clean, lines.slice(0, 12).join('\n') + '\n');
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: clean, inputs: 3, seed: 5, resume: true });
  assert.equal(readFileSync(clean, 'utf8'), text);

  // Resuming a finished run leaves it as it is; resuming with no output file starts from scratch.
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: clean, inputs: 3, seed: 5, resume: true });
  assert.equal(readFileSync(clean, 'utf8'), text);
  const fresh = join(dir, 'fresh.jsonl');
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: fresh, inputs: 3, seed: 5, resume: true });
  assert.equal(readFileSync(fresh, 'utf8'), text);
});

test('an abort signal stops the run after the current program; --resume finishes it', async () => {
  const dir = tempDir();
  const full = join(dir, 'full.jsonl');
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: full, inputs: 2, seed: 9 });
  const out = join(dir, 'out.jsonl');
  const controller = new AbortController();
  const progress = {
    isTTY: false,
    write: () => true,
  };
  let seen = 0;
  const stopped = await quietGen({
    programsFile: PROGRAMS_FIXTURE,
    outFile: out,
    inputs: 2,
    seed: 9,
    signal: controller.signal,
    progress,
    progressEvery: 1,
    log: () => {
      if (++seen === 1) controller.abort();
    },
  });
  assert.equal(stopped.report.interrupted, true);
  assert.ok(readFileSync(out, 'utf8').length < readFileSync(full, 'utf8').length);
  await quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, inputs: 2, seed: 9, resume: true });
  assert.equal(readFileSync(out, 'utf8'), readFileSync(full, 'utf8'));
});

test('progress: a line every N programs without a terminal', async () => {
  const dir = tempDir();
  const written: string[] = [];
  await quietGen({
    programsFile: PROGRAMS_FIXTURE,
    outFile: join(dir, 'out.jsonl'),
    progress: { isTTY: false, write: (t: string) => written.push(t) },
    progressEvery: 5,
  });
  assert.equal(written.length, 2);
  assert.match(written[0]!, /^gen: line 5, 5 programs, 2 records, [\d.]+ records\/s\n$/);
  assert.match(written[1]!, /^gen: line 10, 10 programs, 2 records, [\d.]+ records\/s\n$/);
});

test('--resume refuses an output that is not an etcot gen file, naming the line', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  writeFileSync(
    out,
    '{"meta": {"source_line": 1, "key": "1"}}\n{"text": "not ours"}\n{"meta": {"source_line": 2}}\n',
  );
  await assert.rejects(quietGen({ programsFile: PROGRAMS_FIXTURE, outFile: out, resume: true }), {
    name: 'ResumeError',
    message: `${out}:2: unreadable record before the end of the file`,
  });
  assert.equal(readFileSync(out, 'utf8').split('\n').length, 4);
});

test('a missing programs file is an error before the output is touched', async () => {
  const dir = tempDir();
  const out = join(dir, 'out.jsonl');
  writeFileSync(out, 'kept\n');
  await assert.rejects(quietGen({ programsFile: join(dir, 'nope.jsonl'), outFile: out }), {
    message: `--programs ${join(dir, 'nope.jsonl')}: no such file`,
  });
  assert.equal(readFileSync(out, 'utf8'), 'kept\n');
});
