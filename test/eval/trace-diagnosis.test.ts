// `etcot eval --prompt trace` end to end: a fake OpenAI server answers with true traces from the tracer
// with known planted errors, and the run must score them and write the exact diagnosis and report. The eval
// command runs in-process (test/eval/cli.test.ts covers it as a child process); `etcot diagnose --run`
// runs as the CLI a user starts on the same folder.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadCruxeval } from '../../benchmarks/index.ts';
import type { RunDiagnosis } from '../../harness/diagnose/index.ts';
import { escapeHtml } from '../../harness/diagnose/html/escape.ts';
import { evalCommand } from '../../harness/commands/eval.ts';
import { readSummary } from '../../harness/report/index.ts';
import { startFakeServer, type FakeServer } from '../helpers/fake-servers.ts';
import { CRUXEVAL_FILE } from '../helpers/planted-answers.ts';
import { runCli } from '../helpers/spawn-etcot.ts';
import {
  plantTraceAnswer,
  traceResponder,
  type Plant,
  type PlantedTraceAnswer,
} from '../helpers/trace-answers.ts';

const DATA = '../shared/data/cruxeval/cruxeval.jsonl';

const PLANTS: Record<string, Plant> = {
  sample_0: { kind: 'exact' },
  sample_1: { kind: 'exact' },
  sample_3: { kind: 'exact' },
  sample_6: { kind: 'exact' },
  sample_319: {
    kind: 'eval',
    line: "eval 'xxxaxaaxx'",
    wrong: "eval 'xxxaaxaxx'",
    operation: 'str.replace',
  },
  sample_12: {
    kind: 'eval',
    line: "eval 'If you' == x and count < len(s) - len(x)",
    wrong: "eval 'If yo' == x and count < len(s) - len(x)",
    operation: 'slice',
  },
  // 'Mike Cherokee' counted as a name: the model goes on with the then-branch.
  sample_13: {
    kind: 'branch',
    line: 'branch False -> else',
    wrong: 'branch True -> then',
    rest: [
      'L6 numberOfNames += 1',
      '  eval 2 + 1',
      '  eval 3',
      '  set numberOfNames = 3',
      'L4 for i in names:',
      '  iter done',
      'L7 return numberOfNames',
      '  return 3',
    ],
    answer: '3',
  },
  // 'zejrohaj' taken to end with 'owc': the model strips the suffix.
  sample_16: {
    kind: 'branch',
    line: 'branch False -> else',
    wrong: 'branch True -> then',
    rest: [
      'L3 return text[:-len(suffix)]',
      "  eval 'zejrohaj'[:-len('owc')]",
      "  eval 'zejrohaj'[:-3]",
      "  eval 'zejro'",
      "  return 'zejro'",
    ],
    answer: "'zejro'",
  },
  sample_5: { kind: 'truncated', keptLines: 100 },
  sample_31: { kind: 'truncated', keptLines: 50 },
  sample_2: { kind: 'answer only', answer: "'hbtofdeiequ+'" },
  sample_8: { kind: 'result', answer: "'UPPER'" },
};
const IDS = Object.keys(PLANTS);

let planted: PlantedTraceAnswer[];
let server: FakeServer;
let out: string;
let evalRun: { code: number; stdout: string; stderr: string };

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-trace-diag-'));
const evalArgs = (dir: string) => [
  '--benchmark',
  'cruxeval-o',
  '--data',
  DATA,
  '--ids',
  IDS.join(','),
  '--model',
  'openai:fake',
  '--base-url',
  `${server.url}/v1`,
  '--prompt',
  'trace',
  '--out',
  dir,
];
/** The command run in-process with captured output (a child process is ~5 s slower to start). */
async function evalInProcess(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await evalCommand(evalArgs(dir), {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
const readDiagnosis = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'diagnosis.json'), 'utf8')) as RunDiagnosis;

before(async () => {
  const samples = new Map(loadCruxeval(CRUXEVAL_FILE).map((s) => [s.id, s]));
  planted = await Promise.all(IDS.map((id) => plantTraceAnswer(samples.get(id)!, PLANTS[id])));
  server = await startFakeServer({ respond: traceResponder(planted) });
  out = tmpDir();
  evalRun = await evalInProcess(out);
});
after(() => server.close());

test('the run scores the planted answers and prints the summary, then the divergence kinds and the report path', () => {
  assert.equal(evalRun.code, 0, evalRun.stderr);
  assert.equal(server.requests.length, 12);
  // Right: the 4 exact traces and the 2 wrong eval values the model recovered from.
  assert.equal(readSummary(path.join(out, 'summary.json')).overall.pass['pass@1'], 50);
  assert.match(evalRun.stdout, /│ overall\s+│\s+12 │\s+12 │\s+50\.00 │/);
  const summaryAt = evalRun.stdout.indexOf('overall');
  const kindsAt = evalRun.stdout.indexOf('divergence kind');
  assert.ok(summaryAt >= 0 && kindsAt > summaryAt, evalRun.stdout);
  assert.match(evalRun.stdout, /\n│ branch\s+│\s+2 │\s+28\.6% │/);
  assert.match(evalRun.stdout, /\n│ truncated\s+│\s+2 │\s+28\.6% │/);
  assert.ok(evalRun.stdout.endsWith(`report: ${path.join(out, 'report.html')}\n`), evalRun.stdout);
  assert.doesNotMatch(evalRun.stderr, /warning/);
});

test("diagnosis.json: each sample's first divergence, and the run-level counts", () => {
  const diagnosis = readDiagnosis(out);
  assert.deepEqual(diagnosis.generations.map((g) => g.sampleId).sort(), [...IDS].sort());
  for (const p of planted) {
    const g = diagnosis.generations.find((r) => r.sampleId === p.sample.id)!;
    assert.deepEqual(
      {
        answerCorrect: g.answerCorrect,
        consistent: g.diagnosis?.consistent,
        first: g.diagnosis?.first_divergence,
        recovered: g.diagnosis?.recovered,
        truncated: g.diagnosis?.truncated,
        resultCorrect: g.diagnosis?.final_answer_correct,
        malformed: g.diagnosis?.malformed_lines,
      },
      {
        answerCorrect: p.answerCorrect,
        consistent: p.divergence === null,
        first: p.divergence,
        recovered: p.recovered,
        truncated: p.truncated,
        resultCorrect: p.resultCorrect,
        malformed: [],
      },
      p.sample.id,
    );
  }
  assert.deepEqual(diagnosis.counts, {
    samples: 12,
    generations: 12,
    diagnosed: 12,
    failed: 0,
    consistent: 5,
    diverged: 7,
    recovered: 2,
    truncated: 2,
    withMalformedLines: 0,
    wrongTraceRightAnswer: 2,
    rightTraceWrongAnswer: 1,
    rightTraceRightAnswer: 4,
    wrongTraceWrongAnswer: 5,
  });
  assert.deepEqual(diagnosis.causes, { value: 5, truncated: 2 });
  assert.deepEqual(
    diagnosis.kinds.map((k) => [k.kind, k.count]),
    [
      ['branch', 2],
      ['truncated', 2],
      ['result', 1],
      ['slice', 1],
      ['str.replace', 1],
    ],
  );
});

test('report.html names every sample and tags each divergence with its line and kind', () => {
  const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
  for (const p of planted) {
    const row = new RegExp(`<summary><span class="sid">${p.sample.id}</span>(.*?)</summary>`).exec(html);
    assert.ok(row, `no row for ${p.sample.id}`);
    const tag =
      p.divergence === null
        ? '<span class="tag ok">trace consistent</span>'
        : `<span class="tag bad">line ${p.divergence.line}: ${p.divergence.kind}</span>`;
    assert.ok(row[1].includes(tag), `${p.sample.id}: ${row[1]}`);
    // The row also shows what the model wrote at the divergence.
    const where = p.divergence === null ? '' : escapeHtml(p.divergence.got ?? '(trace ends)');
    assert.ok(row[1].endsWith(`<span class="where">${where}</span>`), `${p.sample.id}: ${row[1]}`);
  }
});

test('etcot diagnose --run on the same folder writes the same diagnosis.json', async () => {
  const first = fs.readFileSync(path.join(out, 'diagnosis.json'), 'utf8');
  fs.rmSync(path.join(out, 'diagnosis.json'));
  const result = await runCli(['diagnose', '--run', out, '--data', DATA]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(fs.readFileSync(path.join(out, 'diagnosis.json'), 'utf8'), first);
});

test('a diagnosis that fails is a warning: the eval results stand and the command succeeds', async () => {
  const dir = tmpDir();
  // A folder where the report should go: writing report.html fails.
  fs.mkdirSync(path.join(dir, 'report.html'));
  const { code, stdout, stderr } = await evalInProcess(dir);
  assert.equal(code, 0);
  assert.equal(readSummary(path.join(dir, 'summary.json')).overall.pass['pass@1'], 50);
  assert.equal(fs.readFileSync(path.join(dir, 'samples.jsonl'), 'utf8').trim().split('\n').length, 12);
  assert.match(stderr, /warning: trace diagnosis failed \(EISDIR[^\n]*retry with: etcot diagnose --run /);
  assert.doesNotMatch(stdout, /report: /);
});
