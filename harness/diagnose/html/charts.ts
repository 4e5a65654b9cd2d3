// Horizontal bar charts as inline SVG: no script, no fonts to fetch, readable when printed.

import { escapeHtml } from './escape.ts';

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar, e.g. `63.0% (17/27)`. */
  note: string;
}

export interface BarChartOptions {
  title: string;
  /** The value a full-width bar stands for (1 for a share, the largest count for counts). */
  max: number;
  /** Accessible name of the chart, e.g. `accuracy by difficulty`. */
  id: string;
}

const LABEL_WIDTH = 170;
const BAR_WIDTH = 300;
const NOTE_WIDTH = 130;
const ROW_HEIGHT = 22;
const TOP = 28;

export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const width = LABEL_WIDTH + BAR_WIDTH + NOTE_WIDTH;
  const height = TOP + Math.max(1, bars.length) * ROW_HEIGHT + 8;
  const rows = bars.map((bar, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const length = options.max > 0 ? Math.max(0, Math.min(1, bar.value / options.max)) * BAR_WIDTH : 0;
    return (
      `<g class="bar-row"><text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" class="bar-label">` +
      `${escapeHtml(truncate(bar.label, 24))}<title>${escapeHtml(bar.label)}</title></text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${BAR_WIDTH}" height="${ROW_HEIGHT - 6}" class="bar-track"/>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length.toFixed(1)}" height="${ROW_HEIGHT - 6}" class="bar-fill"/>` +
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 15}" class="bar-note">${escapeHtml(bar.note)}</text></g>`
    );
  });
  const empty =
    bars.length === 0
      ? `<text x="${LABEL_WIDTH}" y="${TOP + 15}" class="bar-note">(nothing to show)</text>`
      : '';
  return (
    `<svg class="chart" id="${escapeHtml(options.id)}" role="img" aria-label="${escapeHtml(options.title)}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<text x="0" y="16" class="chart-title">${escapeHtml(options.title)}</text>${rows.join('')}${empty}</svg>`
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
