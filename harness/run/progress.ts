// Progress of a run on stderr: a live bar on a terminal, plain lines every few items or seconds otherwise
// (CI logs, files), so a long run is never silent and a log is never flooded.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** Plain mode: a line after this many items (default: a tenth of the total, at least 1). */
  everyItems?: number;
  /** Plain mode: a line at least this often while items arrive (default 10 000 ms). */
  everyMs?: number;
  now?: () => number;
}

const BAR_WIDTH = 24;

export class Progress {
  private done = 0;
  /** Items that came from the network this run: the rate and ETA count only these. */
  private fresh = 0;
  private scored = 0;
  private correct = 0;
  private failed = 0;
  private readonly started: number;
  private lastLineAt: number;
  private lastLineDone = 0;
  private readonly everyItems: number;
  private readonly everyMs: number;
  private readonly now: () => number;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.lastLineAt = this.started;
    this.everyItems = options.everyItems ?? Math.max(1, Math.ceil(total / 10));
    this.everyMs = options.everyMs ?? 10_000;
  }

  /** One generation accounted for: `correct` is undefined for a failed request. */
  tick(correct: boolean | undefined, cached = false): void {
    this.done++;
    if (!cached) this.fresh++;
    if (correct === undefined) this.failed++;
    else {
      this.scored++;
      if (correct) this.correct++;
    }
    if (this.stream.isTTY) this.stream.write(`\r${this.describe(true)}`);
    else if (
      this.done - this.lastLineDone >= this.everyItems ||
      this.now() - this.lastLineAt >= this.everyMs
    ) {
      this.writeLine();
    }
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write(`\r${this.describe(true)}\n`);
    else if (this.lastLineDone !== this.done) this.writeLine();
  }

  private writeLine(): void {
    this.stream.write(`${this.describe(false)}\n`);
    this.lastLineAt = this.now();
    this.lastLineDone = this.done;
  }

  describe(withBar: boolean): string {
    const elapsedS = Math.max(0.001, (this.now() - this.started) / 1000);
    const rate = this.fresh / elapsedS;
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const accuracy = this.scored === 0 ? '-' : `${((100 * this.correct) / this.scored).toFixed(1)}%`;
    const parts = [
      `${this.done}/${this.total}`,
      `${rate.toFixed(1)}/s`,
      `ETA ${formatSeconds(eta)}`,
      `accuracy ${accuracy}`,
      ...(this.failed > 0 ? [`${this.failed} failed`] : []),
    ];
    if (!withBar) return parts.join('  ');
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * this.done) / this.total);
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${parts.join('  ')}`;
  }
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
