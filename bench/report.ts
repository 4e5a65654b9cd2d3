// One table format for every benchmark section: our figure, the reference measured in the same run,
// and their ratio (ours / reference, so below 1 means faster than the reference).

export interface BenchRow {
  name: string;
  ours: number;
  reference?: number;
  unit: string;
  note?: string;
}

export interface BenchReport {
  title: string;
  referenceName?: string;
  rows: BenchRow[];
}

function fmt(v: number, unit: string): string {
  if (unit === 's') return v < 1 ? `${(v * 1000).toFixed(1)} ms` : `${v.toFixed(2)} s`;
  return `${Number.isInteger(v) ? v : v.toFixed(2)} ${unit}`.trim();
}

/** Two decimals, or three significant digits for ratios far below 1. */
function ratio(r: number): string {
  return r >= 0.1 ? r.toFixed(2) : r.toPrecision(3);
}

export function renderReport(r: BenchReport): string {
  const lines = [`## ${r.title}`];
  for (const row of r.rows) {
    let line = `- ${row.name}: ${fmt(row.ours, row.unit)}`;
    if (row.reference !== undefined) {
      line += ` vs ${r.referenceName ?? 'reference'} ${fmt(row.reference, row.unit)} → ratio ${ratio(row.ours / row.reference)}×`;
    }
    if (row.note) line += ` (${row.note})`;
    lines.push(line);
  }
  return lines.join('\n');
}
