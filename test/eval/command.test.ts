// The `etcot eval` command in-process (same code as the CLI minus process start-up), scored by the real
// interpreter, against the fake server.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { UsageError } from '../../harness/cli.ts';
import { defaultOutDir, evalCommand } from '../../harness/commands/eval.ts';
import { readSamplesJsonl, readSummary } from '../../harness/report/index.ts';
import { ServerUnreachableError } from '../../harness/run/eval-run.ts';
import { readGenerationsFile, scoreGenerations } from '../../harness/scoring/index.ts';
import { loadInterpreter } from '../../interpreter/index.ts';
import { readGenerationLog } from '../../harness/run/generation-log.ts';
import { startFakeServer, type FakeServer } from '../helpers/fake-servers.ts';
import {
  cruxevalSamples,
  plantedCorrect,
  plantedResponder,
  REPO_ROOT,
  sampleOfPrompt,
  WRONG_VALUE,
} from '../helpers/planted-answers.ts';

const DATA = path.join(REPO_ROOT, '..', 'shared', 'data', 'cruxeval', 'cruxeval.jsonl');
const samples = cruxevalSamples(100);
const correct = plantedCorrect(samples, 73);

let server: FakeServer;
before(async () => {
  server = await startFakeServer({ respond: plantedResponder(samples, correct) });
});
after(() => server.close());

function capture() {
  const io = { out: '', err: '' };
  return {
    io,
    streams: {
      stdout: { write: (t: string) => (io.out += t) },
      stderr: { write: (t: string) => (io.err += t) },
    },
  };
}

const outDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'etcot-cmd-'));
const evalArgs = (model: string, baseUrl: string, out: string, extra: string[] = []) => [
  '--benchmark',
  'cruxeval-o',
  '--data',
  DATA,
  '--model',
  model,
  '--base-url',
  baseUrl,
  '--prompt',
  'cot',
  '--out',
  out,
  ...extra,
];

test('ollama: 50 samples score exactly the planted 72.0 with the interpreter as judge', async () => {
  const out = outDir();
  const { io, streams } = capture();
  const code = await evalCommand(
    evalArgs('ollama:fake-model', server.url, out, ['--limit', '50', '--concurrency', '4']),
    streams,
  );
  assert.equal(code, 0, io.err);
  assert.equal(samples.slice(0, 50).filter((s) => correct.has(s.id)).length, 36);
  const summary = readSummary(path.join(out, 'summary.json'));
  assert.equal(summary.overall.pass['pass@1'], 72);
  assert.equal(summary.model, 'ollama:fake-model');
  assert.match(io.out, /│ overall\s+│\s+50 │\s+50 │\s+72\.00 │/);
  // Wrong answers are wrong on the merits: extracted, evaluated, unequal; no harness failure.
  const wrong = readSamplesJsonl(path.join(out, 'samples.jsonl')).filter((r) => r.correctCount === 0);
  assert.equal(wrong.length, 14);
  assert.ok(
    wrong.every((r) => r.generations[0].status === 'ok' && r.generations[0].predicted === WRONG_VALUE),
  );
  assert.ok(wrong.every((r) => r.generations[0].reason === undefined));
});

test('hf: a handful through an endpoint URL', async () => {
  const out = outDir();
  const { io, streams } = capture();
  const code = await evalCommand(
    evalArgs('hf:fake-org/fake-model', `${server.url}/hf`, out, ['--limit', '10']),
    streams,
  );
  assert.equal(code, 0, io.err);
  assert.equal(samples.slice(0, 10).filter((s) => correct.has(s.id)).length, 7);
  assert.equal(readSummary(path.join(out, 'summary.json')).overall.pass['pass@1'], 70);
  assert.equal(server.requests.at(-1)!.path, '/hf/v1/chat/completions');
});

test('n generations, completion API, seed and sampling flags reach the server and the records', async () => {
  const out = outDir();
  const { io, streams } = capture();
  const first = server.requests.length;
  const code = await evalCommand(
    evalArgs('openai:fake-model', `${server.url}/v1`, out, [
      '--ids',
      'sample_3,sample_1',
      '--n',
      '3',
      '--api',
      'completion',
      '--temperature',
      '0.7',
      '--max-tokens',
      '99',
      '--seed',
      '5',
      '--stop',
      '[/ANSWER]',
      '--stop',
      'END',
    ]),
    streams,
  );
  assert.equal(code, 0, io.err);
  const requests = server.requests.slice(first);
  // OpenAI-compatible servers make all n in one request.
  assert.deepEqual(
    requests.map((r) => [sampleOfPrompt(samples, r.prompt).id, r.path, r.body.n]),
    [
      ['sample_1', '/v1/completions', 3],
      ['sample_3', '/v1/completions', 3],
    ],
  );
  assert.deepEqual(
    {
      temperature: requests[0].body.temperature,
      max_tokens: requests[0].body.max_tokens,
      seed: requests[0].body.seed,
      stop: requests[0].body.stop,
    },
    { temperature: 0.7, max_tokens: 99, seed: 5, stop: ['[/ANSWER]', 'END'] },
  );
  const summary = readSummary(path.join(out, 'summary.json'));
  assert.deepEqual(summary.params, {
    temperature: 0.7,
    maxTokens: 99,
    stop: ['[/ANSWER]', 'END'],
    seed: 5,
    n: 3,
    api: 'completion',
  });
  assert.equal(summary.overall.generations, 6);
  const expected = ['sample_1', 'sample_3'].filter((id) => correct.has(id)).length * 50;
  assert.equal(summary.overall.pass['pass@1'], expected);
  assert.equal(readGenerationLog(path.join(out, 'generations.jsonl'), () => {}).length, 6);
});

test('--prompt-file: a user template is filled in and sent as written', async () => {
  const out = outDir();
  const template = path.join(out, 'mine.txt');
  fs.writeFileSync(template, 'Predict {call} for:\n{code}\nUse [ANSWER] tags.\n');
  const { io, streams } = capture();
  const args = evalArgs('openai:fake-model', `${server.url}/v1`, out, [
    '--limit',
    '1',
    '--prompt-file',
    template,
  ]);
  assert.equal(await evalCommand(args, streams), 0, io.err);
  assert.deepEqual(server.requests.at(-1)!.body.messages, [
    { role: 'user', content: `Predict ${samples[0].call} for:\n${samples[0].code}\nUse [ANSWER] tags.` },
  ]);
});

test("replaying Code Llama's CRUXEval generations scores as CRUXEval's own evaluator does", async () => {
  const out = outDir();
  const { io, streams } = capture();
  const generations = path.join(
    REPO_ROOT,
    '..',
    'shared',
    'data',
    'cruxeval-samples',
    'codellama-7b_temp0.2_output.generations.json',
  );
  const args = [
    '--benchmark',
    'cruxeval-o',
    '--data',
    DATA,
    '--model',
    `replay:${generations}`,
    '--prompt',
    'direct',
    '--api',
    'completion',
    '--n',
    '10',
    '--limit',
    '40',
    '--out',
    out,
  ];
  assert.equal(await evalCommand(args, streams), 0, io.err);
  const summary = readSummary(path.join(out, 'summary.json'));
  const interp = await loadInterpreter();
  const official = scoreGenerations(
    interp,
    samples.slice(0, 40),
    readGenerationsFile(generations),
    'official',
    { allowExtra: true },
  );
  assert.equal(summary.overall.pass['pass@1'], 41.25);
  assert.equal(summary.overall.pass['pass@1'], official.results.pass_at_1);
  assert.equal(summary.overall.pass['pass@5'], official.results.pass_at_5);
  assert.deepEqual(summary.counts, {
    samples: 40,
    generations: 400,
    extracted: 400,
    notFound: 0,
    unparsable: 0,
    requestFailed: 0,
  });
});

test('a server that is not running rejects with how to start it', async () => {
  const { streams } = capture();
  await assert.rejects(
    evalCommand(
      [
        '--benchmark',
        'cruxeval-o',
        '--data',
        DATA,
        '--model',
        'ollama:llama3',
        '--base-url',
        'http://127.0.0.1:47',
        '--prompt',
        'direct',
        '--limit',
        '2',
        '--out',
        outDir(),
      ],
      streams,
    ),
    (error: unknown) =>
      error instanceof ServerUnreachableError && /Start it with `ollama serve`/.test(error.message),
  );
});

test('bad arguments are usage errors that say what was expected', async () => {
  const { streams } = capture();
  const cases: Array<[string[], string]> = [
    [
      ['--benchmark', 'cruxeval-o', '--model', 'gpt4', '--prompt', 'cot'],
      "--model must be PREFIX:NAME with PREFIX one of ollama, openai, hf, replay; got 'gpt4'",
    ],
    [
      ['--benchmark', 'cruxeval-o', '--model', 'openai:m', '--prompt', 'think'],
      '--prompt must be one of direct, cot, trace, got "think"',
    ],
    [['--benchmark', 'humaneval', '--model', 'openai:m', '--prompt', 'cot'], 'unknown benchmark "humaneval"'],
    [
      ['--benchmark', 'cruxeval-o', '--model', 'openai:m', '--prompt', 'cot', '--n', '0'],
      '--n must be an integer ≥ 1, got "0"',
    ],
    [
      ['--benchmark', 'cruxeval-o', '--model', 'openai:m', '--prompt', 'cot', '--api', 'rest'],
      '--api must be chat or completion, got "rest"',
    ],
    [['--model', 'openai:m', '--prompt', 'cot'], '--benchmark is required'],
    [
      ['--benchmark', 'cruxeval-o', '--model', 'openai:m', '--prompt', 'cot', '--prompt-file', 'nope.txt'],
      '--prompt-file nope.txt: no such file',
    ],
  ];
  for (const [args, message] of cases) {
    await assert.rejects(
      evalCommand(args, streams),
      (error: unknown) => error instanceof UsageError && error.message === message,
    );
  }
});

test('--help and the default output folder', async () => {
  const { io, streams } = capture();
  assert.equal(await evalCommand(['--help'], streams), 0);
  assert.match(io.out, /^usage: etcot eval --benchmark NAME --model PREFIX:NAME --prompt MODE/);
  assert.equal(
    defaultOutDir('cruxeval-o', 'ollama:qwen2.5-coder:7b', 'cot', new Date('2026-03-04T05:06:07Z')),
    path.join('results', 'cruxeval-o-ollama_qwen2.5-coder_7b-cot-2026-03-04'),
  );
  assert.equal(
    defaultOutDir(
      'cruxeval-o',
      'replay:../shared/data/cruxeval-samples/codellama-7b_temp0.2_output.generations.json',
      'direct',
      new Date('2026-03-04T05:06:07Z'),
    ),
    path.join('results', 'cruxeval-o-replay_codellama-7b_temp0.2_output.generations-direct-2026-03-04'),
  );
});
