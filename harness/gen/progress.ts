// Progress on stderr: on a terminal one line rewritten in place (at most every 200 ms); otherwise (a log
// file, CI) a line every `every` programs, so logs stay short.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressFigures {
  line: number;
  programs: number;
  records: number;
  seconds: number;
}

export class GenProgress {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly every: number,
  ) {}

  update(f: ProgressFigures): void {
    if (this.stream.isTTY === true) {
      const now = performance.now();
      if (now - this.lastDraw < 200) return;
      this.lastDraw = now;
      this.stream.write(`\r\x1b[K${describe(f)}`);
      this.drawn = true;
    } else if (f.programs > 0 && f.programs % this.every === 0) {
      this.stream.write(`${describe(f)}\n`);
    }
  }

  /** Ends the in-place line so the summary starts on a fresh one. */
  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

function describe(f: ProgressFigures): string {
  const rate = f.seconds > 0 ? (f.records / f.seconds).toFixed(1) : '0';
  return `gen: line ${f.line}, ${f.programs} programs, ${f.records} records, ${rate} records/s`;
}
