// Fetches benchmark data from upstream into the cache. `fetch` and the upstream addresses are injectable so
// tests run this code against a 127.0.0.1 server; nothing here is used when the data is found locally.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BenchmarkUnavailableError } from './errors.ts';

export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export interface Upstream {
  /** Raw file URL of CRUXEval's data/cruxeval.jsonl, pinned to the commit etcot was checked against. */
  cruxevalUrl: string;
  /** Base of the Hugging Face datasets-server API (`/splits`, `/rows`). */
  datasetsServer: string;
  /** Hugging Face dataset holding LiveCodeBench's execution task. */
  lcbDataset: string;
}

export const DEFAULT_UPSTREAM: Upstream = {
  cruxevalUrl:
    'https://raw.githubusercontent.com/facebookresearch/cruxeval/190faf16d175b5847b0af05d937872b1fb395942/data/cruxeval.jsonl',
  datasetsServer: 'https://datasets-server.huggingface.co',
  lcbDataset: 'livecodebench/execution-v2',
};

/** The datasets-server serves at most this many rows per request. */
const ROWS_PER_PAGE = 100;
const REQUEST_TIMEOUT_MS = 60_000;

/** Downloads CRUXEval's JSONL to `dest` (written whole or not at all). */
export async function downloadCruxeval(
  dest: string,
  fetchImpl: FetchLike,
  upstream: Upstream,
): Promise<void> {
  const text = await fetchText(fetchImpl, upstream.cruxevalUrl);
  writeAtomically(dest, text.endsWith('\n') ? text : `${text}\n`);
}

/** Downloads the `test` split of LiveCodeBench execution through the datasets-server rows API as JSONL. */
export async function downloadLcbExecution(
  dest: string,
  fetchImpl: FetchLike,
  upstream: Upstream,
): Promise<void> {
  const dataset = encodeURIComponent(upstream.lcbDataset);
  const splitsUrl = `${upstream.datasetsServer}/splits?dataset=${dataset}`;
  const splits = (await fetchJson(fetchImpl, splitsUrl)) as { splits?: { config: string; split: string }[] };
  const test = splits.splits?.filter((s) => s.split === 'test') ?? [];
  const config = (test.find((s) => s.config === 'default') ?? test[0])?.config;
  if (config === undefined) throw new BenchmarkUnavailableError(`${splitsUrl} lists no "test" split`);

  const lines: string[] = [];
  for (let offset = 0; ; offset += ROWS_PER_PAGE) {
    const url =
      `${upstream.datasetsServer}/rows?dataset=${dataset}&config=${encodeURIComponent(config)}` +
      `&split=test&offset=${offset}&length=${ROWS_PER_PAGE}`;
    const page = (await fetchJson(fetchImpl, url)) as RowsPage;
    if (!Array.isArray(page.rows) || typeof page.num_rows_total !== 'number') {
      throw new BenchmarkUnavailableError(`${url}: unexpected response (no "rows" / "num_rows_total")`);
    }
    for (const { row, truncated_cells: truncated } of page.rows) {
      // A truncated cell would silently corrupt a sample's code or output.
      if (truncated !== undefined && truncated.length > 0) {
        throw new BenchmarkUnavailableError(`${url}: the server truncated cells ${truncated.join(', ')}`);
      }
      lines.push(JSON.stringify(row));
    }
    if (page.rows.length === 0 || offset + ROWS_PER_PAGE >= page.num_rows_total) break;
  }
  writeAtomically(dest, lines.map((l) => `${l}\n`).join(''));
}

interface RowsPage {
  rows: { row: Record<string, unknown>; truncated_cells?: string[] }[];
  num_rows_total: number;
}

async function fetchText(fetchImpl: FetchLike, url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new BenchmarkUnavailableError(`cannot reach ${url}: ${cause ?? (error as Error).message}`);
  }
  if (!response.ok) throw new BenchmarkUnavailableError(`${url} answered HTTP ${response.status}`);
  return response.text();
}

async function fetchJson(fetchImpl: FetchLike, url: string): Promise<unknown> {
  const text = await fetchText(fetchImpl, url);
  try {
    return JSON.parse(text);
  } catch {
    throw new BenchmarkUnavailableError(`${url} did not answer JSON`);
  }
}

function writeAtomically(dest: string, text: string): void {
  mkdirSync(dirname(dest), { recursive: true });
  const partial = `${dest}.partial-${process.pid}`;
  try {
    writeFileSync(partial, text);
    renameSync(partial, dest);
  } finally {
    rmSync(partial, { force: true });
  }
}
