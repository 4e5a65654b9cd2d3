// `results/<run>/report.html`: one self-contained page (inline CSS, JS and SVG; nothing fetched) with the
// run's summary, charts, the divergence-kind table, and per generation the model's trace beside the true
// one with the first divergence highlighted. Traces are drawn only when a row is opened.

import type { AccuracyGroup, GenerationDiagnosis, RunDiagnosis } from '../aggregate.ts';
import { barChart, type Bar } from './charts.ts';
import { escapeHtml, jsonForScript } from './escape.ts';
import { REPORT_JS } from './script.ts';
import { REPORT_CSS } from './style.ts';

/** One diagnosed generation with the texts the page shows. */
export interface ReportEntry {
  record: GenerationDiagnosis;
  modelText: string;
  trueTraceText: string;
  /** Line of the true trace holding the step the model should have written. */
  trueTraceLine: number | null;
}

/** What the inline script reads for one generation (kept short: it is embedded 800 times). */
interface EntryData {
  model: string;
  truth: string;
  line: number | null;
  trueLine: number | null;
  kind: string | null;
  expected: string | null;
  got: string | null;
  predicted: string | null;
  correct: string;
  malformed: number[];
}

export function renderReportHtml(run: RunDiagnosis, entries: readonly ReportEntry[]): string {
  const title = `Trace diagnosis: ${run.model ?? 'model'} (${run.run})`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">First divergence of each model trace from the interpreter's true trace.</p>
${summaryCards(run)}
<h2>Charts</h2>
<div class="charts">
${accuracyChart(run.byDifficulty, 'Accuracy by difficulty', 'chart-difficulty')}
${accuracyChart(run.byTraceLength, 'Accuracy by trace length (true steps)', 'chart-length')}
${kindsChart(run)}
</div>
<h2>Divergence kinds</h2>
${kindsTable(run)}
${crossTable(run)}
<h2>Samples</h2>
<div class="controls">
<input id="filter-text" type="search" placeholder="filter by sample id or kind" aria-label="filter by sample id or kind">
<select id="filter-status" aria-label="show">
<option value="all">all</option><option value="diverged">trace diverges</option>
<option value="consistent">trace consistent</option><option value="wrong">answer wrong</option>
<option value="right">answer right</option><option value="failed">not diagnosed</option>
</select>
<span><span id="shown-count">${entries.length}</span> of <span id="sample-count">${entries.length}</span> shown</span>
</div>
<div id="samples">
${entries.map(sampleRow).join('\n')}
</div>
<script type="application/json" id="diagnosis-data">${jsonForScript(entries.map(entryData))}</script>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function summaryCards(run: RunDiagnosis): string {
  const c = run.counts;
  const answered = c.rightTraceRightAnswer + c.wrongTraceRightAnswer;
  const share = (n: number, of: number) => (of === 0 ? '-' : `${((n / of) * 100).toFixed(1)}%`);
  const cards: [string, string][] = [
    ['samples', String(c.samples)],
    ['generations', String(c.generations)],
    ['answer accuracy', share(answered, c.diagnosed)],
    ['consistent traces', `${c.consistent} (${share(c.consistent, c.diagnosed)})`],
    ['diverged', String(c.diverged)],
    ['recovered after diverging', String(c.recovered)],
    ['truncated', String(c.truncated)],
    ['wrong trace, right answer', String(c.wrongTraceRightAnswer)],
    ['right trace, wrong answer', String(c.rightTraceWrongAnswer)],
    ['not diagnosed', String(c.failed)],
  ];
  const html = cards.map(
    ([label, value]) =>
      `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`,
  );
  return `<div class="cards" id="summary">${html.join('')}</div>`;
}

function accuracyChart(groups: readonly AccuracyGroup[], title: string, id: string): string {
  const bars: Bar[] = groups.map((g) => ({
    label: g.group,
    value: g.accuracy,
    note: `${(g.accuracy * 100).toFixed(1)}% (${g.correct}/${g.generations})`,
  }));
  return barChart(bars, { title, id, max: 1 });
}

const CHART_KINDS = 15;

function kindsChart(run: RunDiagnosis): string {
  const top = run.kinds.slice(0, CHART_KINDS);
  const bars: Bar[] = top.map((k) => ({
    label: k.kind,
    value: k.count,
    note: `${k.count} (${(k.share * 100).toFixed(1)}%)`,
  }));
  const max = Math.max(1, ...top.map((k) => k.count));
  return barChart(bars, { title: 'First divergences by kind', id: 'chart-kinds', max });
}

function kindsTable(run: RunDiagnosis): string {
  const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);
  const rows = run.kinds.map(
    (k) =>
      `<tr><td>${escapeHtml(k.kind)}</td><td>${k.count}</td><td>${pct(k.share)}</td>` +
      `<td>${k.reached}</td><td>${pct(k.errorRate)}</td></tr>`,
  );
  return (
    `<table class="grid" id="kinds-table"><thead><tr><th>kind</th><th>divergences</th><th>share</th>` +
    `<th>true steps reached</th><th>error rate</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function crossTable(run: RunDiagnosis): string {
  const c = run.counts;
  return (
    `<table class="grid" id="cross-table"><thead><tr><th></th><th>answer right</th><th>answer wrong</th></tr></thead>` +
    `<tbody><tr><td>trace consistent</td><td>${c.rightTraceRightAnswer}</td><td>${c.rightTraceWrongAnswer}</td></tr>` +
    `<tr><td>trace diverges</td><td>${c.wrongTraceRightAnswer}</td><td>${c.wrongTraceWrongAnswer}</td></tr></tbody></table>`
  );
}

function sampleRow(entry: ReportEntry, index: number): string {
  const r = entry.record;
  const d = r.diagnosis;
  const status = [r.answerCorrect ? 'right' : 'wrong'];
  const tags: string[] = [
    tag(r.answerCorrect ? 'ok' : 'bad', r.answerCorrect ? 'answer right' : 'answer wrong'),
  ];
  let where = '';
  if (d === null) {
    status.push('failed');
    tags.push(tag('warn', 'not diagnosed'));
    where = r.error ?? '';
  } else if (d.consistent) {
    status.push('consistent');
    tags.push(tag('ok', 'trace consistent'));
  } else {
    status.push('diverged');
    const first = d.first_divergence!;
    tags.push(tag('bad', `line ${first.line}: ${first.kind}`));
    if (d.recovered) tags.push(tag('warn', 'recovered'));
    if (d.truncated) tags.push(tag('warn', 'truncated'));
    where = first.got ?? '(trace ends)';
  }
  const kind = d?.first_divergence?.kind ?? '';
  const search = `${r.sampleId} ${kind}`.toLowerCase();
  const label = r.generation === 0 ? r.sampleId : `${r.sampleId} #${r.generation}`;
  return (
    `<details class="sample" data-index="${index}" data-status="${status.join(' ')}" data-search="${escapeHtml(search)}">` +
    `<summary><span class="sid">${escapeHtml(label)}</span>${tags.join('')}` +
    `<span class="where">${escapeHtml(clip(where, 120))}</span></summary><div class="detail"></div></details>`
  );
}

function tag(tone: 'ok' | 'bad' | 'warn', text: string): string {
  return `<span class="tag ${tone}">${escapeHtml(text)}</span>`;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function entryData(entry: ReportEntry): EntryData {
  const d = entry.record.diagnosis;
  const first = d?.first_divergence ?? null;
  return {
    model: entry.modelText,
    truth: entry.trueTraceText,
    line: first?.line ?? null,
    trueLine: entry.trueTraceLine,
    kind: first?.kind ?? null,
    expected: first?.expected ?? null,
    got: first?.got ?? null,
    predicted: d?.predicted_output ?? null,
    correct: d?.correct_output ?? '',
    malformed: d?.malformed_lines.map((m) => m.line) ?? [],
  };
}
