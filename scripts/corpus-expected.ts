// Regenerates (or, with --check, verifies) the expected output of every program in test/corpus by running
// it under CPython. The .expected files are checked in so the differential test needs no python3.
//
//   node --import tsx scripts/corpus-expected.ts           # write test/corpus/**/<name>.expected
//   node --import tsx scripts/corpus-expected.ts --check   # fail when a checked-in file is stale
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = join(repoRoot, 'test', 'corpus');

/** Marks the line that reports an uncaught exception, after whatever the program printed. */
export const failureMarker = '!! ';

/** A corpus program found on disk. */
export interface CorpusProgram {
  /** Path relative to test/corpus with forward slashes, e.g. `ints/bigint_powers.py`. */
  name: string;
  pyPath: string;
  expectedPath: string;
}

export class CorpusExpectedError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'CorpusExpectedError';
  }
}

/** Every `.py` under test/corpus, sorted by name so runs and reports are stable. */
export function listCorpusPrograms(dir: string = corpusDir): CorpusProgram[] {
  const programs: CorpusProgram[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.py')) {
        programs.push({
          name: relative(dir, full).split('\\').join('/'),
          pyPath: full,
          expectedPath: full.slice(0, -'.py'.length) + '.expected',
        });
      }
    }
  };
  walk(dir);
  return programs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The text both sides are compared on: what the program printed, then, if it raised, one line holding the
 * last line of CPython's traceback (`Type: message`). A newline is added first when the printed text does
 * not end with one, so the failure always sits on its own line.
 */
export function expectedText(stdout: string, failureLine?: string): string {
  if (failureLine === undefined) return stdout;
  const separator = stdout === '' || stdout.endsWith('\n') ? '' : '\n';
  return `${stdout}${separator}${failureMarker}${failureLine}\n`;
}

export interface PythonRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

let resolvedPython: string | undefined;

/**
 * The interpreter behind `python3`. Version managers such as pyenv put a shell shim on PATH that costs
 * seconds per start on a loaded machine, so the real executable is looked up once and run directly.
 */
export function pythonExecutable(): string {
  if (resolvedPython === undefined) {
    const probe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    const path = probe.status === 0 ? probe.stdout.trim() : '';
    resolvedPython = path === '' ? 'python3' : path;
  }
  return resolvedPython;
}

/** Runs one file under CPython with a fixed hash seed and UTF-8 output. */
export function runPython(pyPath: string, python = pythonExecutable()): Promise<PythonRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, [pyPath], {
      cwd: dirname(pyPath),
      env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) =>
      resolvePromise({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode,
      }),
    );
  });
}

/** Turns a CPython run into expected text; a non-zero exit must come with a traceback. */
export function expectedFromRun(file: string, run: PythonRun): string {
  if (run.exitCode === 0) {
    if (run.stderr !== '') throw new CorpusExpectedError(file, `wrote to stderr:\n${run.stderr}`);
    return expectedText(run.stdout);
  }
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
  const last = lines[lines.length - 1];
  if (last === undefined || !lines.some((line) => line.startsWith('Traceback'))) {
    throw new CorpusExpectedError(file, `exited with ${run.exitCode} without a traceback:\n${run.stderr}`);
  }
  return expectedText(run.stdout, withoutSuggestion(last));
}

/**
 * CPython 3.11's traceback printer appends `. Did you mean: 'x'?` to NameError and AttributeError lines;
 * that hint is not part of the exception's `str()`, which is what the interpreter reports.
 */
export function withoutSuggestion(line: string): string {
  if (!/^(NameError|AttributeError|ImportError): /.test(line)) return line;
  return line.replace(/\. Did you mean: '[^']*'\?$/, '');
}

export async function expectedFromPython(
  program: CorpusProgram,
  python = pythonExecutable(),
): Promise<string> {
  return expectedFromRun(program.name, await runPython(program.pyPath, python));
}

/** Runs `work` over `items` with at most `limit` in flight (the machine has few cores). */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const version = spawnSync(pythonExecutable(), ['--version'], { encoding: 'utf8' }).stdout ?? '';
  if (!version.startsWith('Python 3.11.')) {
    console.error(`the corpus targets CPython 3.11, but python3 is ${version.trim() || 'missing'}`);
    return 1;
  }
  const programs = listCorpusPrograms();
  // A program CPython cannot run cleanly (e.g. a SyntaxWarning on stderr) is reported, not written.
  const texts = await mapLimited(programs, 2, (program) =>
    expectedFromPython(program).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    ),
  );
  let failed = 0;
  let raising = 0;
  programs.forEach((program, index) => {
    const text = texts[index];
    if (text instanceof Error) {
      failed++;
      console.error(text.message);
      return;
    }
    if (text.startsWith(failureMarker) || text.includes(`\n${failureMarker}`)) raising++;
    if (!check) {
      writeFileSync(program.expectedPath, text);
      return;
    }
    const current = existsSync(program.expectedPath) ? readFileSync(program.expectedPath, 'utf8') : undefined;
    if (current !== text) {
      failed++;
      console.error(`stale: ${program.name}`);
    }
  });
  const verb = check ? 'checked' : 'wrote';
  console.log(`${verb} ${programs.length} programs (${raising} end with an uncaught exception)`);
  if (failed > 0) {
    console.error(`${failed} program(s) failed${check ? '; rerun without --check to refresh' : ''}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
