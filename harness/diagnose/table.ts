// Terminal rendering of diagnoses (cli-table3, colours off so pipes and golden files see the same text).

import Table from 'cli-table3';
import type { AccuracyGroup, RunDiagnosis } from './aggregate.ts';
import type { TraceDiagnosis } from './diagnose.ts';

const PLAIN = { head: [] as string[], border: [] as string[] };

function percent(value: number | null): string {
  return value === null || Number.isNaN(value) ? '-' : `${(value * 100).toFixed(1)}%`;
}

/** The text `etcot diagnose --code ... --trace ...` prints. */
export function renderTraceDiagnosis(d: TraceDiagnosis): string {
  const lines = [
    d.consistent ? 'trace: consistent with the true trace' : 'trace: diverges from the true trace',
  ];
  const first = d.first_divergence;
  if (first !== null) {
    lines.push(`first divergence: line ${first.line} (${first.kind})`);
    lines.push(`  expected: ${first.expected ?? '(the true trace has ended)'}`);
    lines.push(`  got:      ${first.got ?? '(the model trace has ended)'}`);
    lines.push(`recovered: ${d.recovered ? 'yes' : 'no'}`);
  }
  if (d.truncated) lines.push('truncated: yes');
  for (const m of d.malformed_lines) lines.push(`malformed line ${m.line}: ${m.text}`);
  lines.push(`predicted output: ${d.predicted_output ?? '(none)'}`);
  lines.push(`correct output:   ${d.correct_output}`);
  lines.push(`final answer: ${d.final_answer_correct ? 'correct' : 'wrong'}`);
  return lines.join('\n');
}

/** The text `etcot diagnose --run DIR` prints. */
export function renderRunDiagnosis(r: RunDiagnosis): string {
  const c = r.counts;
  const kinds = new Table({
    head: ['divergence kind', 'count', 'share', 'reached', 'error rate'],
    style: PLAIN,
    colAligns: ['left', 'right', 'right', 'right', 'right'],
  });
  for (const k of r.kinds)
    kinds.push([k.kind, String(k.count), percent(k.share), String(k.reached), percent(k.errorRate)]);
  const cross = new Table({
    head: ['', 'answer right', 'answer wrong'],
    style: PLAIN,
    colAligns: ['left', 'right', 'right'],
  });
  cross.push(['trace consistent', String(c.rightTraceRightAnswer), String(c.rightTraceWrongAnswer)]);
  cross.push(['trace diverges', String(c.wrongTraceRightAnswer), String(c.wrongTraceWrongAnswer)]);
  const header =
    `${r.model ?? 'model'} (${r.run}): ${c.generations} generations of ${c.samples} samples, ` +
    `${c.diagnosed} diagnosed, ${c.failed} not diagnosable\n` +
    `consistent ${c.consistent}, diverged ${c.diverged} (recovered ${c.recovered}), ` +
    `truncated ${c.truncated}, with malformed lines ${c.withMalformedLines}`;
  return [
    header,
    kinds.toString(),
    cross.toString(),
    accuracyTable('trace length (true steps)', r.byTraceLength),
    accuracyTable('difficulty', r.byDifficulty),
  ].join('\n');
}

function accuracyTable(title: string, groups: readonly AccuracyGroup[]): string {
  const table = new Table({
    head: [title, 'generations', 'correct', 'accuracy', 'consistent'],
    style: PLAIN,
    colAligns: ['left', 'right', 'right', 'right', 'right'],
  });
  for (const g of groups) {
    table.push([
      g.group,
      String(g.generations),
      String(g.correct),
      percent(g.accuracy),
      String(g.consistent),
    ]);
  }
  return table.toString();
}
