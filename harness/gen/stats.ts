// Run statistics of `etcot gen`: records written, drops by reason, trace length distribution and throughput.
// Lengths are kept as numbers (8 bytes per record), never the records themselves.

export const DROP_REASONS = [
  'bad-line',
  'no-inputs',
  'contaminated',
  'duplicate',
  'raised',
  'timeout',
  'unsupported',
  'internal-error',
  'too-long',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface Distribution {
  min: number;
  median: number;
  p95: number;
  max: number;
}

export interface GenStatsReport {
  programs_read: number;
  records_written: number;
  dropped: Record<DropReason, number>;
  trace_chars: Distribution;
  /** chars / 4, the usual rough token count. */
  approx_tokens: Distribution;
  seconds: number;
  records_per_second: number;
  benchmark_programs: number;
  /** Distinct benchmark programs after normalization (CRUXEval holds renamed copies of its own programs). */
  benchmark_distinct: number;
  /** Records kept from an earlier run when resuming, and the input line the run continued after. */
  resumed_records: number;
  resumed_after_line: number;
}

export class GenStats {
  programsRead = 0;
  recordsWritten = 0;
  resumedRecords = 0;
  resumedAfterLine = 0;
  benchmarkPrograms = 0;
  benchmarkDistinct = 0;
  readonly dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  private chars = new Float64Array(1024);
  private readonly started = performance.now();

  drop(reason: DropReason): void {
    this.dropped[reason]++;
  }

  written(traceChars: number): void {
    if (this.recordsWritten === this.chars.length) {
      const grown = new Float64Array(this.chars.length * 2);
      grown.set(this.chars);
      this.chars = grown;
    }
    this.chars[this.recordsWritten++] = traceChars;
  }

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  report(): GenStatsReport {
    const sorted = this.chars.slice(0, this.recordsWritten).sort();
    const chars = distribution(sorted);
    const seconds = this.seconds;
    return {
      programs_read: this.programsRead,
      records_written: this.recordsWritten,
      dropped: { ...this.dropped },
      trace_chars: chars,
      approx_tokens: {
        min: Math.round(chars.min / 4),
        median: Math.round(chars.median / 4),
        p95: Math.round(chars.p95 / 4),
        max: Math.round(chars.max / 4),
      },
      seconds: Math.round(seconds * 1000) / 1000,
      records_per_second: seconds > 0 ? Math.round((this.recordsWritten / seconds) * 10) / 10 : 0,
      benchmark_programs: this.benchmarkPrograms,
      benchmark_distinct: this.benchmarkDistinct,
      resumed_records: this.resumedRecords,
      resumed_after_line: this.resumedAfterLine,
    };
  }
}

/** Nearest-rank percentiles of sorted values; zeros when empty. */
export function distribution(sorted: ArrayLike<number>): Distribution {
  const n = sorted.length;
  if (n === 0) return { min: 0, median: 0, p95: 0, max: 0 };
  const rank = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  return { min: sorted[0]!, median: rank(0.5), p95: rank(0.95), max: sorted[n - 1]! };
}

/** The human summary printed on stderr at the end of a run. */
export function formatStats(report: GenStatsReport): string {
  const drops = Object.entries(report.dropped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason} ${n}`);
  const c = report.trace_chars;
  const t = report.approx_tokens;
  return [
    `programs read: ${report.programs_read}; records written: ${report.records_written}` +
      (report.resumed_records > 0
        ? ` (plus ${report.resumed_records} kept from the earlier run, resumed after line ${report.resumed_after_line})`
        : ''),
    `dropped: ${drops.length === 0 ? 'none' : drops.join(', ')}`,
    `trace chars: min ${c.min}, median ${c.median}, p95 ${c.p95}, max ${c.max}` +
      ` (approx tokens: min ${t.min}, median ${t.median}, p95 ${t.p95}, max ${t.max})`,
    `time: ${report.seconds.toFixed(1)} s, ${report.records_per_second} records/s`,
  ].join('\n');
}
