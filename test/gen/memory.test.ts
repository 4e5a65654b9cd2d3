import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { quietGen, readRecords, tempDir } from './helpers.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SHAPES = [
  (k: number) => `def f(x):\n    return x * ${k} + 1`,
  (k: number) => `def f(s):\n    return s.upper() + '${k}'`,
  (k: number) => `def f(xs):\n    out = []\n    for x in xs:\n        out.append(x + ${k})\n    return out`,
  (k: number) => `def f(d):\n    d['k${k}'] = len(d)\n    return sorted(d)`,
];
const INPUTS = ['3', "'hey'", '[1, 2]', "{'a': 1}"];

async function writeCorpus(file: string, programs: number): Promise<void> {
  const stream = createWriteStream(file);
  for (let i = 0; i < programs; i++) {
    const shape = i % SHAPES.length;
    stream.write(`${JSON.stringify({ id: `p${i}`, code: SHAPES[shape]!(i), input: INPUTS[shape] })}\n`);
  }
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

test('a 2,000-program corpus streams through in bounded memory', async () => {
  const dir = tempDir();
  const programs = join(dir, 'corpus.jsonl');
  const out = join(dir, 'out.jsonl');
  await writeCorpus(programs, 2000);
  const heap: number[] = [];
  const { report } = await quietGen({
    programsFile: programs,
    outFile: out,
    progressEvery: 250,
    progress: {
      isTTY: false,
      write: () => {
        gc();
        heap.push(process.memoryUsage().heapUsed);
      },
    },
  });
  assert.equal(report.programs_read, 2000);
  assert.equal(report.records_written, 2000);
  assert.equal(readRecords(out).length, 2000);
  assert.equal(heap.length, 8);
  // After warm-up (parser caches filling), the heap stays flat: records are written, never kept.
  const growth = Math.max(...heap.slice(1)) - heap[1]!;
  assert.ok(
    growth < 8 * 1024 * 1024,
    `heap grew by ${(growth / 1048576).toFixed(1)} MiB: ${heap.map((h) => (h / 1048576).toFixed(1)).join(', ')}`,
  );
});
