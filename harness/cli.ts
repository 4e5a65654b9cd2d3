// The `etcot` command line: maps a command name to harness/commands/<name>.ts, loaded on demand, and turns
// any error into one `etcot: <message>` line. No command logic lives here.
//
// A command module exports `run(argv: string[]): Promise<number>` (the exit code) and handles its own
// `--help`. It may throw UsageError for bad arguments (exit 2); other errors exit 1. Set ETCOT_DEBUG=1 to
// see the stack of an unexpected error.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bad command-line arguments: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface CommandInfo {
  summary: string;
}

export const COMMANDS: Record<string, CommandInfo> = {
  exec: { summary: 'run a Python program in the etcot interpreter' },
  verify: { summary: 'check a benchmark runs in the interpreter with the expected outputs' },
  trace: { summary: 'write the step-by-step execution trace of a call' },
  eval: { summary: 'ask a model for outputs on a benchmark and score them' },
  score: { summary: "score a CRUXEval generations file like CRUXEval's official evaluator" },
  compare: { summary: 'compare the results of several eval runs' },
  diagnose: { summary: 'explain where and why a model prediction went wrong' },
  gen: { summary: 'generate execution-trace training data' },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, info]) => `  ${name.padEnd(width)}  ${info.summary}`);
  return [
    'usage: etcot <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'Run `etcot <command> --help` for the options of one command.',
  ].join('\n');
}

type RunFn = (argv: string[]) => Promise<number>;

export interface MainOptions {
  /** Folder holding the command modules; default harness/commands. Tests point it at stand-ins. */
  commandsDir?: string;
  /**
   * Install process-wide handlers that turn an error escaping a command into an `etcot:` line (default true).
   * Callers embedding main() in another program, such as a test runner, pass false.
   */
  lastResortHandlers?: boolean;
}

/** Runs the etcot command line and returns the process exit code; never throws. */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const stream = name === undefined ? process.stderr : process.stdout;
    stream.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (options.lastResortHandlers ?? true) installLastResortHandlers(name);
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`etcot: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    const run = await loadCommand(
      name,
      options.commandsDir ?? fileURLToPath(new URL('./commands', import.meta.url)),
    );
    if (run === undefined) return 1;
    return await run(rest);
  } catch (error) {
    return reportError(name, error);
  }
}

async function loadCommand(name: string, commandsDir: string): Promise<RunFn | undefined> {
  const file = join(commandsDir, `${name}.ts`);
  // Checked before import so an import error inside an existing module is not mistaken for a missing one.
  if (!existsSync(file)) {
    process.stderr.write(
      `etcot: command "${name}" is not available in this build (harness/commands/${name}.ts is missing)\n`,
    );
    return undefined;
  }
  const module = (await import(pathToFileURL(file).href)) as { run?: unknown };
  if (typeof module.run !== 'function') {
    throw new Error(`harness/commands/${name}.ts does not export a run(argv) function`);
  }
  return module.run as RunFn;
}

function reportError(name: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.ETCOT_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
    process.stderr.write(`${error.stack}\n`);
  }
  // node:util parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`etcot ${name}: ${message}\nRun \`etcot ${name} --help\` for usage.\n`);
    return 2;
  }
  process.stderr.write(`etcot: ${message}\n`);
  return 1;
}

let handlersInstalled = false;

/** Errors that escape a command's promise chain (a forgotten await) still end as one `etcot:` line. */
function installLastResortHandlers(name: string): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const fail = (error: unknown) => {
    process.exitCode = reportError(name, error);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
