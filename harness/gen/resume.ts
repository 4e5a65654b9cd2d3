// Resuming an interrupted `etcot gen` run. Records are written in input order, so the output says how far
// the run got: every input line before the last one seen in `meta.source_line` is complete. That last
// line's records may be partial (the run stopped while writing them) and the final output line may be
// torn, so both are cut off and the run continues from that input line. Generation is deterministic, so
// the resumed output is byte-identical to an uninterrupted run's.

import { closeSync, existsSync, ftruncateSync, openSync, readSync } from 'node:fs';

export class ResumeError extends Error {
  override name = 'ResumeError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
  }
}

export interface ResumePoint {
  /** Records kept from the earlier run. */
  keptRecords: number;
  /** Input lines up to this one are complete; the run continues with the next. */
  afterLine: number;
  /** Dedup keys (meta.key) of the kept records. */
  keys: string[];
  /** Bytes cut from the end of the output (a torn line, the last input line's records). */
  truncatedBytes: number;
}

interface OutputLine {
  text: string;
  start: number;
  /** False for a last line without its newline. */
  complete: boolean;
}

/** Reads `file` as lines with their byte offsets, one chunk at a time. */
function* outputLines(fd: number): Generator<OutputLine> {
  const chunk = Buffer.alloc(1 << 16);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    let from = 0;
    for (let i = 0; i < n; i++) {
      if (chunk[i] !== 0x0a) continue;
      const piece = chunk.subarray(from, i);
      const text = Buffer.concat([...pending, piece]).toString('utf8');
      yield { text, start: offset, complete: true };
      offset += pendingBytes + piece.length + 1;
      pending = [];
      pendingBytes = 0;
      from = i + 1;
    }
    if (from < n) {
      pending.push(Buffer.from(chunk.subarray(from, n)));
      pendingBytes += n - from;
    }
  }
  if (pendingBytes > 0)
    yield { text: Buffer.concat(pending).toString('utf8'), start: offset, complete: false };
}

/** Cuts the output back to its last complete input line and reports what was kept. */
export function prepareResume(file: string): ResumePoint {
  if (!existsSync(file)) return { keptRecords: 0, afterLine: 0, keys: [], truncatedBytes: 0 };
  const fd = openSync(file, 'r+');
  try {
    const keys: string[] = [];
    let groupKeys: string[] = [];
    let groupLine = 0;
    let groupStart = 0;
    let kept = 0;
    let groupCount = 0;
    let cut: number | null = null;
    let lineNumber = 0;
    let size = 0;
    for (const line of outputLines(fd)) {
      lineNumber++;
      size = line.start + Buffer.byteLength(line.text) + (line.complete ? 1 : 0);
      if (cut !== null) {
        throw new ResumeError(file, lineNumber - 1, 'unreadable record before the end of the file');
      }
      const meta = line.complete ? readMeta(line.text) : null;
      if (meta === null) {
        // Only the last line may be torn; anything else is not an etcot gen output.
        cut = line.start;
        continue;
      }
      if (meta.sourceLine !== groupLine) {
        if (meta.sourceLine < groupLine) {
          throw new ResumeError(file, lineNumber, `meta.source_line ${meta.sourceLine} goes backwards`);
        }
        keys.push(...groupKeys);
        kept += groupCount;
        groupKeys = [];
        groupCount = 0;
        groupLine = meta.sourceLine;
        groupStart = line.start;
      }
      groupKeys.push(meta.key);
      groupCount++;
    }
    // The last input line seen may be incomplete: drop its records and redo it.
    const keepBytes = groupLine === 0 ? (cut ?? 0) : groupStart;
    ftruncateSync(fd, keepBytes);
    return {
      keptRecords: kept,
      afterLine: Math.max(0, groupLine - 1),
      keys,
      truncatedBytes: size - keepBytes,
    };
  } finally {
    closeSync(fd);
  }
}

function readMeta(text: string): { sourceLine: number; key: string } | null {
  try {
    const record = JSON.parse(text) as { meta?: { source_line?: unknown; key?: unknown } };
    const sourceLine = record.meta?.source_line;
    const key = record.meta?.key;
    if (typeof sourceLine !== 'number' || !Number.isInteger(sourceLine) || sourceLine < 1) return null;
    return { sourceLine, key: typeof key === 'string' ? key : '' };
  } catch {
    return null;
  }
}
