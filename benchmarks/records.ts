// Reads JSONL / JSON-array benchmark files into plain objects, each tagged with where it came from, and the
// field checks every loader shares. Loaders turn these into Samples; this file knows nothing of benchmarks.

import { readFileSync } from 'node:fs';
import { BenchmarkFormatError } from './errors.ts';

/** One parsed record and its place in the file. */
export interface RawRecord {
  value: Record<string, unknown>;
  /** `:17` (JSONL line 17) or `[16]` (JSON array element 16): appended to the file name in messages. */
  location: string;
}

/** Reads a file of one JSON object per line. Blank lines are skipped but still counted. */
export function readJsonl(file: string): RawRecord[] {
  const lines = readText(file).split('\n');
  const records: RawRecord[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const location = `:${i + 1}`;
    records.push({ value: parseObject(file, location, text), location });
  });
  if (records.length === 0) throw new BenchmarkFormatError(file, undefined, 'no records');
  return records;
}

/** Reads either JSONL or a JSON array of objects; a file whose first non-blank character is `[` is an array. */
export function readJsonlOrArray(file: string): RawRecord[] {
  const text = readText(file);
  if (!text.trimStart().startsWith('[')) return readJsonl(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BenchmarkFormatError(file, undefined, `invalid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new BenchmarkFormatError(file, undefined, 'expected a JSON array');
  if (parsed.length === 0) throw new BenchmarkFormatError(file, undefined, 'no records');
  return parsed.map((value: unknown, i) => {
    const location = `[${i}]`;
    return { value: asObject(file, location, value), location };
  });
}

/** File text without a UTF-8 byte-order mark, which JSON.parse rejects and some editors add. */
function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function parseObject(file: string, location: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BenchmarkFormatError(file, location, `invalid JSON: ${(error as Error).message}`);
  }
  return asObject(file, location, value);
}

function asObject(file: string, location: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BenchmarkFormatError(file, location, `record must be a JSON object, got ${jsonType(value)}`);
  }
  return value as Record<string, unknown>;
}

/** The JSON name of a value's type, for messages: `string`, `number`, `array`, `null`, ... */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A required string field; non-empty unless `allowEmpty` (CRUXEval's `input` is `""` for `f()`). */
export function requireString(file: string, record: RawRecord, field: string, allowEmpty = false): string {
  const value = record.value[field];
  if (value === undefined)
    throw new BenchmarkFormatError(file, record.location, `missing field "${field}"`, field);
  if (typeof value !== 'string') {
    throw new BenchmarkFormatError(
      file,
      record.location,
      `field "${field}" must be a string, got ${jsonType(value)}`,
      field,
    );
  }
  if (!allowEmpty && value.trim() === '') {
    throw new BenchmarkFormatError(file, record.location, `field "${field}" must not be empty`, field);
  }
  return value;
}

/** An optional field that, when present, must be a string; absent or null gives undefined. */
export function optionalString(file: string, record: RawRecord, field: string): string | undefined {
  const value = record.value[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new BenchmarkFormatError(
      file,
      record.location,
      `field "${field}" must be a string, got ${jsonType(value)}`,
      field,
    );
  }
  return value;
}

/** Throws on the second record carrying an id already seen, naming where the first one was. */
export function checkUniqueIds(file: string, ids: { id: string; location: string }[]): void {
  const seen = new Map<string, string>();
  for (const { id, location } of ids) {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new BenchmarkFormatError(file, location, `duplicate id "${id}" (first at ${file}${first})`, 'id');
    }
    seen.set(id, location);
  }
}
