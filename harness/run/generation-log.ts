// `<out>/generations.jsonl`: every model response, one JSON line each, appended and fsync'd the moment it
// arrives. It doubles as the resume cache: a re-run reads it and asks only for what is missing. A process
// killed mid-write leaves at most one torn last line, which is dropped with a warning.

import fs from 'node:fs';
import path from 'node:path';
import type { BackendErrorKind } from '../backends/types.ts';
import type { GenerationRecord } from '../results.ts';

/** A generations.jsonl line: a response, or (with `error`) a request that failed for good. */
export interface GenerationLine extends GenerationRecord {
  /** Present on failed requests; such lines are kept for diagnosis and never count as cached answers. */
  error?: { kind: BackendErrorKind; message: string; status?: number; attempts: number };
}

export class GenerationLogError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'GenerationLogError';
  }
}

export type Warn = (message: string) => void;

/** Reads a log, tolerating a torn last line. */
export function readGenerationLog(file: string, warn: Warn): GenerationLine[] {
  if (!fs.existsSync(file)) return [];
  return parseLog(file, fs.readFileSync(file, 'utf8'), warn);
}

function parseLog(file: string, content: string, warn: Warn): GenerationLine[] {
  const lines = content.split('\n');
  const records: GenerationLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const record = parseLine(lines[i]);
    if (record !== undefined) {
      records.push(record);
    } else if (i === lines.length - 1) {
      warn(`${file}:${i + 1}: ignoring a torn last line (the run was killed while writing it)`);
    } else {
      throw new GenerationLogError(file, i + 1, 'not a generation record');
    }
  }
  return records;
}

function parseLine(line: string): GenerationLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const record = value as Partial<GenerationLine> | null;
  if (record === null || typeof record !== 'object') return undefined;
  if (typeof record.key !== 'string' || typeof record.sampleId !== 'string') return undefined;
  if (typeof record.index !== 'number' || typeof record.text !== 'string') return undefined;
  return record as GenerationLine;
}

/** The open log of one run: what it already holds, and an append that survives SIGKILL. */
export class GenerationLog {
  private readonly answered = new Map<string, GenerationLine>();
  private readonly fd: number;

  private constructor(
    readonly file: string,
    existing: GenerationLine[],
  ) {
    for (const record of existing) if (record.error === undefined) this.answered.set(record.key, record);
    this.fd = fs.openSync(file, 'a');
  }

  static open(file: string, warn: Warn): GenerationLog {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const existing = readGenerationLog(file, warn);
    dropTornTail(file);
    return new GenerationLog(file, existing);
  }

  /** The successful response stored under `key`, if any. */
  get(key: string): GenerationLine | undefined {
    return this.answered.get(key);
  }

  /** Every response held, in no particular order. */
  responses(): GenerationLine[] {
    return [...this.answered.values()];
  }

  append(record: GenerationLine): void {
    // One write of the whole line, then fsync: after a crash the file holds whole lines plus at most
    // one torn one, and every line written before is on disk.
    fs.appendFileSync(this.fd, `${JSON.stringify(record)}\n`);
    fs.fsyncSync(this.fd);
    if (record.error === undefined) this.answered.set(record.key, record);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/**
 * Makes the file end at a line break, so the next append starts a line of its own instead of gluing onto
 * the last one: a torn line is cut off; a whole record that only lacks its newline keeps it.
 */
function dropTornTail(file: string): void {
  if (!fs.existsSync(file)) return;
  const content = fs.readFileSync(file);
  if (content.length === 0 || content[content.length - 1] === 0x0a) return;
  const lastNewline = content.lastIndexOf(0x0a);
  if (parseLine(content.subarray(lastNewline + 1).toString('utf8')) !== undefined) {
    fs.appendFileSync(file, '\n');
  } else {
    fs.truncateSync(file, lastNewline + 1);
  }
}
