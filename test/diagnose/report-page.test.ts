// The HTML report in real headless Chromium: content, highlighting, escaping of hostile model text, and no
// request leaving the file. Traces are hand-written, so this needs no interpreter.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { aggregateRun, type GenerationDiagnosis } from '../../harness/diagnose/aggregate.ts';
import { diagnoseAgainst } from '../../harness/diagnose/diagnose.ts';
import { renderReportHtml, type ReportEntry } from '../../harness/diagnose/html/page.ts';
import { escapeHtml, jsonForScript } from '../../harness/diagnose/html/escape.ts';
import { readDiagTrace } from '../../harness/diagnose/tracer-adapter.ts';
import { launchChromium, TEST_OUTPUT_DIR } from './browser.ts';
import { TRUE_TRACE } from './hand-traces.ts';
import { lineExactly, truncatedAfter, withLineInserted, withLineReplaced } from './plant.ts';

const HOSTILE = '</script><script>window.pwned = 1</script><b id="injected">bold</b>';
const tools = { parse: readDiagTrace, sameValue: (a: string, b: string) => a === b };

function entry(sampleId: string, generation: number, modelText: string): ReportEntry {
  const { diagnosis, details } = diagnoseAgainst(readDiagTrace(TRUE_TRACE), TRUE_TRACE, modelText, tools);
  const record: GenerationDiagnosis = {
    sampleId,
    generation,
    benchmark: 'custom',
    difficulty: generation === 0 ? 'easy' : 'hard',
    answerCorrect: diagnosis.final_answer_correct,
    trueSteps: details.trueSteps,
    modelSteps: details.modelSteps,
    cause: details.cause,
    reachedKinds: details.reachedKinds,
    diagnosis,
  };
  return { record, modelText, trueTraceText: TRUE_TRACE, trueTraceLine: details.trueTraceLine };
}

const WRONG_LINE = lineExactly(TRUE_TRACE, 'set total = 1');
const ENTRIES = [
  entry('sample_a', 0, TRUE_TRACE),
  entry('sample_b', 0, withLineReplaced(TRUE_TRACE, WRONG_LINE, '  set total = 7')),
  entry('sample_c', 1, truncatedAfter(TRUE_TRACE, 6)),
  entry('sample_<d>', 0, withLineInserted(TRUE_TRACE, 3, HOSTILE)),
];

let browser: Browser | undefined;
after(async () => {
  await browser?.close();
});

test('escaping keeps model text out of markup and script', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  assert.equal(jsonForScript({ t: '</script>\u2028' }), '{"t":"\\u003c/script>\\u2028"}');
});

test('the report renders in Chromium with charts, counts and the divergence highlighted', async () => {
  const run = aggregateRun(
    'page-test',
    'hand-model',
    ENTRIES.map((e) => e.record),
  );
  const html = renderReportHtml(run, ENTRIES);
  const file = path.join(TEST_OUTPUT_DIR, 'diagnose-report-page.html');
  writeFileSync(file, html);
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(5000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);

  assert.equal(await page.locator('#sample-count').textContent(), '4');
  assert.equal(await page.locator('details.sample').count(), 4);
  assert.equal(await page.locator('svg.chart').count(), 3);
  assert.equal(await page.locator('#chart-kinds .bar-row').count(), 3);
  assert.deepEqual(await page.locator('#kinds-table tbody td:first-child').allTextContents(), [
    'assignment',
    'malformed',
    'truncated',
  ]);

  const diverged = page.locator('details.sample[data-index="1"]');
  await diverged.locator('summary').click();
  assert.equal(await diverged.locator('.ln.divergence .tx').textContent(), '  set total = 7');
  assert.equal(await diverged.locator('.ln.divergence .no').textContent(), String(WRONG_LINE));
  assert.equal(await diverged.locator('.ln.expected .tx').textContent(), '  set total = 1');

  const truncated = page.locator('details.sample[data-index="2"]');
  await truncated.locator('summary').click();
  assert.equal(await truncated.locator('.ln.divergence .tx').textContent(), '(trace ends here)');

  const hostile = page.locator('details.sample[data-index="3"]');
  assert.equal(await hostile.locator('.sid').textContent(), 'sample_<d>');
  await hostile.locator('summary').click();
  assert.equal(await hostile.locator('.ln.divergence .tx').textContent(), HOSTILE);
  assert.equal(await page.locator('#injected').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);

  await page.selectOption('#filter-status', 'diverged');
  assert.equal(await page.locator('#shown-count').textContent(), '3');
  assert.equal(await page.locator('details.sample:not(.hidden)').count(), 3);
  await page.selectOption('#filter-status', 'all');

  await diverged.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(TEST_OUTPUT_DIR, 'diagnose-report-page.png'), fullPage: true });
  await page.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(
    requests.filter((url) => !url.startsWith('file:')),
    [],
  );
});
