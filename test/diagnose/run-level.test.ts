// Run-level diagnosis of a hand-built trace run over CRUXEval samples: exact counts in diagnosis.json, the
// terminal table, and the HTML report in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { GenerationRecord, SampleResult } from '../../harness/results.ts';
import type { RunDiagnosis } from '../../harness/diagnose/aggregate.ts';
import { diagnoseRunDir } from '../../harness/diagnose/run.ts';
import { benchmarkSamplesLoader } from '../../harness/diagnose/samples.ts';
import { renderRunDiagnosis } from '../../harness/diagnose/table.ts';
import { launchChromium, TEST_OUTPUT_DIR } from './browser.ts';
import { lineExactly, truncatedAfter, withLineInserted, withLineReplaced } from './plant.ts';
import { CRUXEVAL_FILE, realTrace, traceTools } from './real-traces.ts';

const RUN_DIR = path.join(TEST_OUTPUT_DIR, 'diagnose-run', 'fake-trace-run');

/** A chat model's response: a line of prose, the trace between markers, the answer block. */
function response(trace: string, call: string, answer: string): string {
  return `Here is the trace.\n[TRACE]\n${trace}[/TRACE]\n[ANSWER] assert ${call} == ${answer} [/ANSWER]\n`;
}

interface Planned {
  sampleId: string;
  index: number;
  text: string;
  correct: boolean;
}

let browser: Browser | undefined;
let planned: Planned[];
/** Line of the wrong branch in sample_13's second response (response line numbers: trace starts on 3). */
let branchLine: number;

before(async () => {
  const s13 = await realTrace('sample_13');
  const s319 = await realTrace('sample_319');
  const s4 = await realTrace('sample_4');
  const s0 = await realTrace('sample_0');
  const s12 = await realTrace('sample_12');
  const branch = lineExactly(s13.text, 'branch False -> else');
  branchLine = branch + 2;
  const wrongBranch =
    truncatedAfter(s13.text, branch - 1) +
    '  branch True -> then\nL6 numberOfNames += 1\n  eval 2 + 1\n  eval 3\n  set numberOfNames = 3\n' +
    'L4 for i in names:\n  iter done\nL7 return numberOfNames\n  return 3\nRESULT: 3\n';
  const replace = lineExactly(s319.text, "eval 'xxxaxaaxx'");
  const slice = lineExactly(s12.text, "eval 'If you' == x and count < len(s) - len(x)");
  planned = [
    { sampleId: 'sample_13', index: 0, text: response(s13.text, s13.sample.call, '2'), correct: true },
    { sampleId: 'sample_13', index: 1, text: response(wrongBranch, s13.sample.call, '3'), correct: false },
    {
      sampleId: 'sample_319',
      index: 0,
      text: response(withLineReplaced(s319.text, replace, "  eval 'xxxaaxaxx'"), s319.sample.call, '4'),
      correct: true,
    },
    {
      sampleId: 'sample_4',
      index: 0,
      text: response(withLineInserted(s4.text, 4, '<b>so far so good</b>'), s4.sample.call, "'           '"),
      correct: true,
    },
    // A consistent trace whose answer block disagrees with it: the harness scored it wrong.
    { sampleId: 'sample_4', index: 1, text: response(s4.text, s4.sample.call, "' '"), correct: false },
    { sampleId: 'sample_0', index: 0, text: `[TRACE]\n${truncatedAfter(s0.text, 20)}`, correct: false },
    {
      sampleId: 'sample_12',
      index: 0,
      text: response(
        withLineReplaced(s12.text, slice, "  eval 'If yo' == x and count < len(s) - len(x)"),
        s12.sample.call,
        "'If you want to live a happy life! Daniel'",
      ),
      correct: true,
    },
    { sampleId: 'sample_9999', index: 0, text: response('RESULT: 1\n', 'f(1)', '1'), correct: false },
  ];
  writeRun(planned);
});

after(async () => {
  await browser?.close();
});

function writeRun(generations: Planned[]): void {
  rmSync(RUN_DIR, { recursive: true, force: true });
  mkdirSync(RUN_DIR, { recursive: true });
  const record = (g: Planned): GenerationRecord => ({
    key: `${g.sampleId}-${g.index}`,
    sampleId: g.sampleId,
    index: g.index,
    model: 'fake-model',
    promptMode: 'trace',
    promptHash: 'h',
    params: {},
    text: g.text,
    at: '2026-11-28T00:00:00.000Z',
  });
  const failed = {
    ...record({ sampleId: 'sample_13', index: 2, text: '', correct: false }),
    error: { kind: 'server_error', message: 'boom', attempts: 3 },
  };
  const lines = [...generations.map(record), failed].map((r) => JSON.stringify(r));
  writeFileSync(path.join(RUN_DIR, 'generations.jsonl'), `${lines.join('\n')}\n`);
  const ids = [...new Set(generations.map((g) => g.sampleId))];
  const results: SampleResult[] = ids.map((id) => {
    const gens = generations.filter((g) => g.sampleId === id);
    return {
      id,
      benchmark: 'cruxeval-o',
      expected: '?',
      generations: gens.map((g) => ({ index: g.index, predicted: null, status: 'ok', correct: g.correct })),
      correctCount: gens.filter((g) => g.correct).length,
    };
  });
  writeFileSync(path.join(RUN_DIR, 'samples.jsonl'), results.map((r) => `${JSON.stringify(r)}\n`).join(''));
  const summary = { schema: 1, run: 'fake-trace-run', model: 'fake-model', promptMode: 'trace' };
  writeFileSync(path.join(RUN_DIR, 'summary.json'), JSON.stringify(summary));
}

test('diagnosis.json counts the planted errors exactly', async () => {
  const tools = await traceTools();
  const warnings: string[] = [];
  const output = await diagnoseRunDir(RUN_DIR, {
    tools,
    samplesFor: benchmarkSamplesLoader(CRUXEVAL_FILE),
    warn: (m) => warnings.push(m),
  });
  assert.deepEqual(warnings, []);
  const written = JSON.parse(readFileSync(path.join(RUN_DIR, 'diagnosis.json'), 'utf8')) as RunDiagnosis;
  assert.deepEqual(written, JSON.parse(JSON.stringify(output.diagnosis)));
  assert.equal(written.run, 'fake-trace-run');
  assert.equal(written.model, 'fake-model');
  assert.deepEqual(written.counts, {
    samples: 6,
    generations: 8,
    diagnosed: 7,
    failed: 1,
    consistent: 2,
    diverged: 5,
    recovered: 3,
    truncated: 1,
    withMalformedLines: 1,
    wrongTraceRightAnswer: 3,
    rightTraceWrongAnswer: 1,
    rightTraceRightAnswer: 1,
    wrongTraceWrongAnswer: 2,
  });
  assert.deepEqual(written.causes, { value: 3, malformed: 1, truncated: 1 });
  assert.deepEqual(
    written.kinds.map((k) => [k.kind, k.count, k.share]),
    [
      ['branch', 1, 0.2],
      ['malformed', 1, 0.2],
      ['slice', 1, 0.2],
      ['str.replace', 1, 0.2],
      ['truncated', 1, 0.2],
    ],
  );
  // sample_13: 3 branches in the consistent trace and 3 reached by the wrong one; sample_12: none.
  const branch = written.kinds.find((k) => k.kind === 'branch')!;
  assert.deepEqual([branch.reached, branch.errorRate], [6, 1 / 6]);
  assert.equal(written.kinds.find((k) => k.kind === 'truncated')!.errorRate, null);
  const firsts = written.generations.map((g) => [
    g.sampleId,
    g.generation,
    g.diagnosis?.first_divergence?.line ?? null,
  ]);
  assert.deepEqual(firsts, [
    ['sample_13', 0, null],
    ['sample_13', 1, branchLine],
    ['sample_319', 0, lineExactly((await realTrace('sample_319')).text, "eval 'xxxaxaaxx'") + 2],
    ['sample_4', 0, 6],
    ['sample_4', 1, null],
    ['sample_0', 0, 22],
    [
      'sample_12',
      0,
      lineExactly((await realTrace('sample_12')).text, "eval 'If you' == x and count < len(s) - len(x)") + 2,
    ],
    ['sample_9999', 0, null],
  ]);
  assert.equal(written.generations[7].error, 'sample sample_9999 is not in benchmark cruxeval-o');
  assert.deepEqual(
    written.byTraceLength.map((g) => [g.group, g.generations, g.correct]),
    [
      ['11-25', 3, 2],
      ['26-50', 2, 1],
      ['51-100', 2, 1],
    ],
  );
  const table = renderRunDiagnosis(written);
  assert.match(table, /│ branch +│ +1 │ +20\.0% │ +6 │ +16\.7% │/);
  assert.match(table, /│ trace diverges +│ +3 │ +2 │/);
});

test('the run report opens in Chromium with every sample and the divergence highlighted', async () => {
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(5000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(path.join(RUN_DIR, 'report.html')).href);
  assert.equal(await page.title(), 'Trace diagnosis: fake-model (fake-trace-run)');
  assert.equal(await page.locator('details.sample').count(), 8);
  assert.equal(await page.locator('#sample-count').textContent(), '8');
  assert.equal(await page.locator('svg.chart').count(), 3);
  assert.equal(await page.locator('#chart-length .bar-row').count(), 3);
  const wrong = page.locator('details.sample[data-index="1"]');
  assert.equal(await wrong.locator('.sid').textContent(), 'sample_13 #1');
  await wrong.locator('summary').click();
  assert.equal(await wrong.locator('.ln.divergence .tx').textContent(), '  branch True -> then');
  assert.equal(await wrong.locator('.ln.divergence .no').textContent(), String(branchLine));
  assert.equal(await wrong.locator('.ln.expected .tx').textContent(), '  branch False -> else');
  const garbage = page.locator('details.sample[data-index="3"]');
  await garbage.locator('summary').click();
  assert.equal(await garbage.locator('.ln.divergence .tx').textContent(), '<b>so far so good</b>');
  await page.fill('#filter-text', 'truncated');
  assert.equal(await page.locator('#shown-count').textContent(), '1');
  await page.fill('#filter-text', '');
  await wrong.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(TEST_OUTPUT_DIR, 'diagnose-run-report.png'), fullPage: true });
  await page.close();
  assert.deepEqual(
    requests.filter((url) => !url.startsWith('file:')),
    [],
  );
});

test('a run made without the trace prompt is refused, naming its summary', async () => {
  const dir = path.join(TEST_OUTPUT_DIR, 'diagnose-run', 'direct-run');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ run: 'direct-run', promptMode: 'direct' }));
  await assert.rejects(
    diagnoseRunDir(dir, { tools: await traceTools(), samplesFor: benchmarkSamplesLoader(CRUXEVAL_FILE) }),
    {
      name: 'RunDiagnosisError',
      message: `${path.join(dir, 'summary.json')}: the run used --prompt direct; only trace runs can be diagnosed`,
    },
  );
});
