// The etcot dispatcher. The main paths go through the real entry point (node bin/etcot.js); the rest call
// main() in this process with stdout/stderr captured, which is much cheaper than a child per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS, main, usage, type MainOptions } from '../../harness/cli.ts';

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function etcot(args: string[]): Outcome {
  const child = spawnSync(process.execPath, ['bin/etcot.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ETCOT_DEBUG: '' },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** main() in-process, with the text it writes to stdout and stderr captured. */
async function inProcess(args: string[], options: MainOptions = {}, debug = false): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const savedDebug = process.env.ETCOT_DEBUG;
  process.env.ETCOT_DEBUG = debug ? '1' : '';
  // The test runner reports to its parent through stdout in binary chunks, possibly while main() runs:
  // those pass through; the text etcot writes is kept.
  const capture = (into: string[], stream: NodeJS.WriteStream, original: typeof process.stdout.write) =>
    ((chunk: unknown, ...rest: unknown[]) =>
      typeof chunk === 'string'
        ? into.push(chunk) > 0
        : (original as (...args: unknown[]) => boolean).call(
            process.stdout,
            chunk,
            ...rest,
          )) as typeof original;
  process.stdout.write = capture(out, process.stdout, writeOut);
  process.stderr.write = capture(err, process.stderr, writeErr);
  try {
    const status = await main(args, { lastResortHandlers: false, ...options });
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    process.env.ETCOT_DEBUG = savedDebug;
  }
}

/** Runs main() over a folder of stand-in command modules in a child process, as bin/etcot.js would. */
function etcotWithCommands(commandsDir: string, args: string[]): Outcome {
  const script = `import { main } from './harness/cli.ts';
process.exitCode = await main(${JSON.stringify(args)}, { commandsDir: ${JSON.stringify(commandsDir)} });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ETCOT_DEBUG: '' },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const standIns = mkdtempSync(join(tmpdir(), 'etcot-commands-'));
writeFileSync(join(standIns, 'exec.ts'), 'export const notRun = 1;\n');
writeFileSync(
  join(standIns, 'trace.ts'),
  "export async function run() { throw new Error('trace broke'); }\n",
);
writeFileSync(
  join(standIns, 'verify.ts'),
  "export async function run(argv: string[]) { process.stdout.write(argv.join('|')); return 3; }\n",
);
writeFileSync(
  join(standIns, 'diagnose.ts'),
  "export async function run() { void Promise.reject(new Error('late failure')); return 0; }\n",
);

test('usage lists every command', () => {
  assert.deepEqual(Object.keys(COMMANDS), [
    'exec',
    'verify',
    'trace',
    'eval',
    'score',
    'compare',
    'diagnose',
    'gen',
  ]);
  assert.equal(usage().split('\n')[0], 'usage: etcot <command> [options]');
});

test('etcot --help prints usage on stdout, exit 0', () => {
  assert.deepEqual(etcot(['--help']), { status: 0, stdout: `${usage()}\n`, stderr: '' });
});

test('etcot with an unknown command: message and usage, exit 2', () => {
  assert.deepEqual(etcot(['frobnicate']), {
    status: 2,
    stdout: '',
    stderr: `etcot: unknown command "frobnicate"\n\n${usage()}\n`,
  });
});

test('etcot with a command whose module is missing: a clear message, no stack', () => {
  assert.deepEqual(etcotWithCommands(standIns, ['gen', '--help']), {
    status: 1,
    stdout: '',
    stderr: 'etcot: command "gen" is not available in this build (harness/commands/gen.ts is missing)\n',
  });
});

test('an error inside a command prints one etcot: line, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'etcot-cli-'));
  writeFileSync(join(dir, 'summary.json'), '{"schema": 99}');
  assert.deepEqual(etcot(['compare', dir]), {
    status: 1,
    stdout: '',
    stderr: `etcot: ${join(dir, 'summary.json')}: summary schema 99, this etcot reads schema 1\n`,
  });
});

test('an error escaping the command (a forgotten await) still ends as one etcot: line', () => {
  assert.deepEqual(etcotWithCommands(standIns, ['diagnose']), {
    status: 1,
    stdout: '',
    stderr: 'etcot: late failure\n',
  });
});

test('no command: usage on stderr, exit 2', async () => {
  assert.deepEqual(await inProcess([]), { status: 2, stdout: '', stderr: `${usage()}\n` });
});

test('ETCOT_DEBUG=1 adds the stack', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'etcot-cli-'));
  writeFileSync(join(dir, 'summary.json'), '{"schema": 99}');
  const debug = await inProcess(['compare', dir], {}, true);
  assert.equal(debug.status, 1);
  assert.match(debug.stderr, /^RunFileError: .*\n {4}at /);
  assert.ok(
    debug.stderr.endsWith(
      `etcot: ${join(dir, 'summary.json')}: summary schema 99, this etcot reads schema 1\n`,
    ),
  );
});

test('a module without run(), a throwing command, and a command exit code', async () => {
  assert.deepEqual(await inProcess(['exec'], { commandsDir: standIns }), {
    status: 1,
    stdout: '',
    stderr: 'etcot: harness/commands/exec.ts does not export a run(argv) function\n',
  });
  assert.deepEqual(await inProcess(['trace'], { commandsDir: standIns }), {
    status: 1,
    stdout: '',
    stderr: 'etcot: trace broke\n',
  });
  assert.deepEqual(await inProcess(['verify', '-x', 'y'], { commandsDir: standIns }), {
    status: 3,
    stdout: '-x|y',
    stderr: '',
  });
});

test('<cmd> --help prints the command usage', async () => {
  const result = await inProcess(['compare', '--help']);
  assert.equal(result.status, 0);
  assert.equal(result.stdout.split('\n')[0], 'usage: etcot compare RUN_DIR [RUN_DIR...] [--json | --csv]');
});

test('an unknown option is a usage error, exit 2', async () => {
  assert.deepEqual(await inProcess(['compare', '--bogus']), {
    status: 2,
    stdout: '',
    stderr:
      "etcot compare: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it " +
      `at the end of the command after '--', as in '-- "--bogus"\nRun \`etcot compare --help\` for usage.\n`,
  });
});

test('score: bad arguments are usage errors', async () => {
  assert.deepEqual(await inProcess(['score']), {
    status: 2,
    stdout: '',
    stderr: 'etcot score: --generations FILE is required\nRun `etcot score --help` for usage.\n',
  });
  const lcb = await inProcess(['score', '--benchmark', 'lcb-execution', '--generations', 'x.json']);
  assert.equal(lcb.status, 2);
  assert.equal(
    lcb.stderr.split('\n')[0],
    "etcot score: --mode official reproduces CRUXEval's evaluator; use --mode semantic for lcb-execution",
  );
});
