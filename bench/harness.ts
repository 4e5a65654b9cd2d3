// Harness overhead: an eval run against a local OpenAI-compatible server that answers every request after a
// fixed latency. The ideal wall time is ceil(N / concurrency) * latency; the ratio shows what the queue,
// the generation log, extraction and scoring add on top.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCruxeval } from '../benchmarks/index.ts';
import { loadInterpreter } from '../interpreter/index.ts';
import { defaultTemplateFile } from '../harness/prompts/templates.ts';
import { runEval } from '../harness/run/eval-run.ts';
import { DEFAULT_RETRY_POLICY } from '../harness/run/retry.ts';
import { scoreSemantic } from '../harness/scoring/index.ts';
import { startFakeServer } from '../test/helpers/fake-servers.ts';
import type { BenchReport } from './report.ts';

export async function benchHarness(cruxevalPath: string): Promise<BenchReport> {
  const interp = await loadInterpreter();
  const samples = loadCruxeval(cruxevalPath).slice(0, 400);
  const byCode = new Map(samples.map((s) => [s.code, s.output]));
  const LATENCY = 50;
  const CONCURRENCY = 16;
  const server = await startFakeServer({
    latencyMs: LATENCY,
    respond: (prompt) => {
      for (const [code, output] of byCode) if (prompt.includes(code)) return `[ANSWER] ${output} [/ANSWER]`;
      return '[ANSWER] None [/ANSWER]';
    },
  });
  const out = mkdtempSync(path.join(tmpdir(), 'etcot-bench-'));
  const sink = { write: () => true, isTTY: false };
  try {
    const t0 = performance.now();
    await runEval(
      {
        model: 'openai:bench',
        baseUrl: `${server.url}/v1`,
        promptMode: 'direct',
        promptFile: defaultTemplateFile('direct', 'chat'),
        api: 'chat',
        n: 1,
        params: { temperature: 0, maxTokens: 64 },
        concurrency: CONCURRENCY,
        retry: DEFAULT_RETRY_POLICY,
        out,
      },
      { samples, scorer: (sample, predicted) => scoreSemantic(interp, sample, predicted), log: sink },
    );
    const wall = (performance.now() - t0) / 1000;
    const ideal = (Math.ceil(samples.length / CONCURRENCY) * LATENCY) / 1000;
    return {
      title: 'Harness overhead against a local server with fixed latency',
      referenceName: 'ideal N/concurrency × latency',
      rows: [
        {
          name: `${samples.length} requests, concurrency ${CONCURRENCY}, latency ${LATENCY} ms`,
          ours: wall,
          reference: ideal,
          unit: 's',
        },
      ],
    };
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
