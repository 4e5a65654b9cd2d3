// Exercises the real download path against a server on 127.0.0.1; never touches the internet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveBenchmark } from '../../benchmarks/index.ts';

const cruxLines = [
  { id: 'sample_0', code: 'def f(x):\n    return x + 1', input: '1', output: '2' },
  { id: 'sample_1', code: 'def f():\n    return 0', input: '', output: '0' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

const lcbRows = Array.from({ length: 130 }, (_, i) => ({
  question_id: String(1000 + i),
  contest_id: 'weekly-contest-1',
  contest_date: '2023-05-21T00:00:00',
  difficulty: ['easy', 'medium', 'hard'][i % 3],
  function_name: 'f',
  code: `def f(a):\n    return a + ${i}`,
  input: 'f(a = 1)',
  output: String(1 + i),
  id: `sample_${i}`,
  problem_id: `${1000 + i}_0`,
  numsteps: 10,
}));

interface Served {
  server: Server;
  base: string;
  requests: string[];
}

async function serve(): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const json = (body: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/crux/cruxeval.jsonl') return res.end(cruxLines);
    if (url.pathname === '/hf/splits') {
      return json({
        splits: [{ dataset: url.searchParams.get('dataset'), config: 'default', split: 'test' }],
      });
    }
    if (url.pathname === '/hf/rows') {
      const offset = Number(url.searchParams.get('offset'));
      const length = Number(url.searchParams.get('length'));
      const rows = lcbRows
        .slice(offset, offset + length)
        .map((row, i) => ({ row_idx: offset + i, row, truncated_cells: [] }));
      return json({
        features: [],
        rows,
        num_rows_total: lcbRows.length,
        num_rows_per_page: 100,
        partial: false,
      });
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const noShared = '/nonexistent-shared-data';

test('CRUXEval downloads into the cache once, then comes from the cache', async () => {
  const { server, base, requests } = await serve();
  try {
    const cacheDir = mkdtempSync(join(tmpdir(), 'etcot-cache-'));
    const options = {
      benchmark: 'cruxeval-o' as const,
      cacheDir,
      sharedDataDir: noShared,
      upstream: { cruxevalUrl: `${base}/crux/cruxeval.jsonl` },
    };
    const first = await resolveBenchmark(options);
    assert.deepEqual(
      { source: first.source, path: first.path, calls: first.samples.map((s) => s.call) },
      { source: 'download', path: join(cacheDir, 'cruxeval.jsonl'), calls: ['f(1)', 'f()'] },
    );
    assert.equal(readFileSync(join(cacheDir, 'cruxeval.jsonl'), 'utf8'), `${cruxLines}\n`);
    const second = await resolveBenchmark(options);
    assert.equal(second.source, 'cache');
    assert.deepEqual(requests, ['/crux/cruxeval.jsonl']);
  } finally {
    server.close();
  }
});

test('LiveCodeBench pages through the datasets-server rows API', async () => {
  const { server, base, requests } = await serve();
  try {
    const cacheDir = mkdtempSync(join(tmpdir(), 'etcot-cache-'));
    const resolved = await resolveBenchmark({
      benchmark: 'lcb-execution',
      cacheDir,
      sharedDataDir: noShared,
      upstream: { datasetsServer: `${base}/hf` },
    });
    assert.equal(resolved.source, 'download');
    assert.equal(resolved.samples.length, 130);
    assert.deepEqual(resolved.samples[129], {
      id: 'sample_129',
      benchmark: 'lcb-execution',
      code: 'def f(a):\n    return a + 129',
      call: 'f(a = 1)',
      output: '130',
      difficulty: 'easy',
      contestDate: '2023-05-21',
      origin: `${join(cacheDir, 'livecodebench-execution-v2.jsonl')}:130`,
    });
    assert.deepEqual(requests, [
      '/hf/splits?dataset=livecodebench%2Fexecution-v2',
      '/hf/rows?dataset=livecodebench%2Fexecution-v2&config=default&split=test&offset=0&length=100',
      '/hf/rows?dataset=livecodebench%2Fexecution-v2&config=default&split=test&offset=100&length=100',
    ]);
  } finally {
    server.close();
  }
});

test('offline: the error tells the user to pass --data, and nothing is cached', async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'etcot-cache-'));
  const offline = async (): Promise<Response> => {
    throw new TypeError('fetch failed', {
      cause: new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com'),
    });
  };
  await assert.rejects(
    resolveBenchmark({ benchmark: 'cruxeval-o', cacheDir, sharedDataDir: noShared, fetch: offline }),
    {
      name: 'BenchmarkUnavailableError',
      message:
        'cruxeval-o data not found locally and the download failed (cannot reach ' +
        'https://raw.githubusercontent.com/facebookresearch/cruxeval/190faf16d175b5847b0af05d937872b1fb395942/data/cruxeval.jsonl: ' +
        'getaddrinfo ENOTFOUND raw.githubusercontent.com); pass --data PATH to a local copy',
    },
  );
  assert.equal(existsSync(join(cacheDir, 'cruxeval.jsonl')), false);
});

test('an HTTP error and a corrupt download are reported and not cached', async () => {
  const { server, base } = await serve();
  try {
    const cacheDir = mkdtempSync(join(tmpdir(), 'etcot-cache-'));
    await assert.rejects(
      resolveBenchmark({
        benchmark: 'cruxeval-o',
        cacheDir,
        sharedDataDir: noShared,
        upstream: { cruxevalUrl: `${base}/missing` },
      }),
      {
        message: `cruxeval-o data not found locally and the download failed (${base}/missing answered HTTP 404); pass --data PATH to a local copy`,
      },
    );
    const file = join(cacheDir, 'cruxeval.jsonl');
    await assert.rejects(
      resolveBenchmark({
        benchmark: 'cruxeval-o',
        cacheDir,
        sharedDataDir: noShared,
        upstream: { cruxevalUrl: `${base}/hf/splits` },
      }),
      { name: 'BenchmarkFormatError', message: `${file}:1: missing field "id"` },
    );
    assert.equal(existsSync(file), false);
  } finally {
    server.close();
  }
});
