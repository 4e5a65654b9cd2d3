// The generations log as a resume cache: appends survive, torn last lines are dropped with a warning.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  GenerationLog,
  GenerationLogError,
  readGenerationLog,
  type GenerationLine,
} from '../../harness/run/generation-log.ts';

function line(key: string, extra: Partial<GenerationLine> = {}): GenerationLine {
  return {
    key,
    sampleId: `sample_${key}`,
    index: 0,
    model: 'openai:m',
    promptMode: 'cot',
    promptHash: 'abc',
    params: { temperature: 0 },
    text: `answer ${key}`,
    at: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-log-')), 'generations.jsonl');
}

test('appended lines are there for the next run; failed requests are kept but not served', () => {
  const file = tempFile();
  const log = GenerationLog.open(file, () => assert.fail('no warning expected'));
  log.append(line('a'));
  log.append(
    line('b', { text: '', error: { kind: 'client_error', message: '400', status: 400, attempts: 1 } }),
  );
  log.close();
  assert.equal(fs.readFileSync(file, 'utf8').split('\n').length, 3);
  const reopened = GenerationLog.open(file, () => assert.fail('no warning expected'));
  assert.equal(reopened.get('a')?.text, 'answer a');
  assert.equal(reopened.get('b'), undefined);
  assert.deepEqual(
    reopened.responses().map((r) => r.key),
    ['a'],
  );
  reopened.close();
});

test('a torn last line is dropped with one warning, and the next append starts a fresh line', () => {
  const file = tempFile();
  fs.writeFileSync(
    file,
    `${JSON.stringify(line('a'))}\n${JSON.stringify(line('b'))}\n{"key":"c","sampleId":"sam`,
  );
  const warnings: string[] = [];
  const log = GenerationLog.open(file, (m) => warnings.push(m));
  assert.deepEqual(warnings, [`${file}:3: ignoring a torn last line (the run was killed while writing it)`]);
  assert.deepEqual(
    log.responses().map((r) => r.key),
    ['a', 'b'],
  );
  log.append(line('c'));
  log.close();
  assert.deepEqual(
    readGenerationLog(file, () => assert.fail('file should be whole')).map((r) => r.key),
    ['a', 'b', 'c'],
  );
});

test('a whole record that only lacks its newline is kept', () => {
  const file = tempFile();
  fs.writeFileSync(file, JSON.stringify(line('a')));
  const log = GenerationLog.open(file, () => assert.fail('no warning expected'));
  log.append(line('b'));
  log.close();
  assert.deepEqual(
    readGenerationLog(file, () => {}).map((r) => r.key),
    ['a', 'b'],
  );
});

test('a broken line in the middle is an error naming the line', () => {
  const file = tempFile();
  fs.writeFileSync(file, `${JSON.stringify(line('a'))}\nnot json\n${JSON.stringify(line('b'))}\n`);
  assert.throws(
    () => readGenerationLog(file, () => {}),
    (e: unknown) => e instanceof GenerationLogError && e.message === `${file}:2: not a generation record`,
  );
});

test('a missing file reads as empty', () => {
  assert.deepEqual(
    readGenerationLog(tempFile(), () => {}),
    [],
  );
});
