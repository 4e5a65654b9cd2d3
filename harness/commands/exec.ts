// `etcot exec FILE|-`: runs JSONL records {"id", "code", "call"} in the interpreter and writes one JSONL
// line per record: {"id", "output": repr | null, "error": "Type: message" | null}. A bad record gets an
// error line naming it and never stops the others.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatFailure, type Interpreter, type RunOptions } from '../../interpreter/api.ts';
import { UsageError } from '../cli.ts';

const HELP = `usage: etcot exec FILE|- [options]

Reads JSONL records {"id": ..., "code": "...", "call": "f(1, [2])"} (from FILE, or stdin for -), runs each
program then its call, and writes one JSONL line per record:
  {"id": ..., "output": "<repr of the result>" | null, "error": "ValueError: message" | null}

options:
  --max-steps N   evaluation steps per record before a limit error (default 2000000)
  --max-depth N   Python call depth, like sys.getrecursionlimit() (default 1000)
  -h, --help      show this help`;

export interface ExecLine {
  id: unknown;
  output: string | null;
  error: string | null;
}

function positiveInt(flag: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) <= 0)
    throw new UsageError(`${flag} must be a positive integer, got "${text}"`);
  return Number(text);
}

/** Runs one JSONL line; `lineNumber` is 1-based, for error lines about malformed records. */
export function execRecord(
  interp: Interpreter,
  text: string,
  lineNumber: number,
  limits: RunOptions,
): ExecLine {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (e) {
    return { id: null, output: null, error: `line ${lineNumber}: invalid JSON: ${(e as Error).message}` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { id: null, output: null, error: `line ${lineNumber}: a record must be a JSON object` };
  }
  const { id, code, call } = record as Record<string, unknown>;
  const idOk = typeof id === 'string' || typeof id === 'number';
  const problems: string[] = [];
  if (!idOk) problems.push(id === undefined ? 'missing "id"' : '"id" must be a string or number');
  if (typeof code !== 'string')
    problems.push(code === undefined ? 'missing "code"' : '"code" must be a string');
  if (typeof call !== 'string')
    problems.push(call === undefined ? 'missing "call"' : '"call" must be a string');
  if (problems.length > 0) {
    return { id: idOk ? id : null, output: null, error: `line ${lineNumber}: ${problems.join(', ')}` };
  }
  const result = interp.runCall(code as string, call as string, limits);
  return result.ok
    ? { id, output: result.repr, error: null }
    : { id, output: null, error: formatFailure(result.error) };
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'max-steps': { type: 'string' },
      'max-depth': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError('expected exactly one input: a JSONL file, or - for stdin');
  const limits: RunOptions = {};
  if (values['max-steps'] !== undefined) limits.maxSteps = positiveInt('--max-steps', values['max-steps']);
  if (values['max-depth'] !== undefined) limits.maxDepth = positiveInt('--max-depth', values['max-depth']);
  const source = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${source === '-' ? 'stdin' : source}: ${(e as Error).message}`);
  }

  const { loadInterpreter } = await import('../../interpreter/index.ts');
  const interp = await loadInterpreter();
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    out.push(JSON.stringify(execRecord(interp, line, i + 1, limits)));
  });
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
  return 0;
}
