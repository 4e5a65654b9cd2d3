// Renders a run summary as a terminal table (cli-table3): overall, then by benchmark, then by difficulty.
// Colours are off so the text is the same on a terminal, in a pipe and in golden files.

import Table from 'cli-table3';
import type { GroupScore, Summary } from './summary.ts';

/** Table text for `summary`; pass@k columns are those the overall group has. */
export function renderSummaryTable(summary: Summary): string {
  const ks = Object.keys(summary.overall.pass);
  const table = new Table({
    head: ['group', 'samples', 'generations', ...ks],
    style: { head: [], border: [] },
    chars: COMPACT,
    colAligns: ['left', 'right', 'right', ...ks.map(() => 'right' as const)],
  });
  const row = (label: string, g: GroupScore) => [
    label,
    String(g.samples),
    String(g.generations),
    ...ks.map((k) => formatPercent(g.pass[k])),
  ];
  table.push(row('overall', summary.overall));
  for (const [name, g] of Object.entries(summary.byBenchmark)) table.push(row(`benchmark ${name}`, g));
  for (const [name, g] of Object.entries(summary.byDifficulty)) table.push(row(`difficulty ${name}`, g));
  const c = summary.counts;
  const footer =
    `${summary.model} (${summary.run}): ${c.generations} generations, ${c.extracted} extracted, ` +
    `${c.notFound} not found, ${c.unparsable} unparsable, ${c.requestFailed} request failed`;
  return `${table.toString()}\n${footer}`;
}

/** Box characters without a rule between body rows, which only doubles the height. */
export const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/** `34.21`, or `-` when the value is absent (k above a group's generation count). */
export function formatPercent(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '-' : value.toFixed(2);
}
