import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSamplesJsonl, readSummary } from '../../harness/report/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'etcot-files-'));

test('samples.jsonl errors name the line', () => {
  const file = join(dir, 'samples.jsonl');
  writeFileSync(file, '{"id": "a", "generations": [], "correctCount": 0}\n\n{"id": "b"}\n');
  assert.throws(() => readSamplesJsonl(file), {
    name: 'RunFileError',
    message: `${file}:3: not a sample result (needs id, generations, correctCount)`,
  });
  writeFileSync(file, '{"id": "a", "generations": [], "correctCount": 0}\n{oops\n');
  assert.throws(
    () => readSamplesJsonl(file),
    (e: unknown) => (e as Error).message.startsWith(`${file}:2: invalid JSON: `),
  );
});

test('summary.json of another schema is refused', () => {
  const file = join(dir, 'summary.json');
  writeFileSync(file, '{"run": "x"}');
  assert.throws(() => readSummary(file), {
    name: 'RunFileError',
    message: `${file}: summary schema undefined, this etcot reads schema 1`,
  });
});
