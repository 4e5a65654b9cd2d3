// `etcot trace`: writes the ET-CoT execution trace of one call (docs/trace-format.md), as text or JSON.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli.ts';
import { isGranularity, GRANULARITIES } from '../../interpreter/tracer/steps.ts';

const HELP = `usage: etcot trace --code FILE --call EXPR [options]

Runs FILE, then traces the call EXPR (e.g. 'f([1, 2])') step by step and prints the trace; its last line is
RESULT: <repr of the returned value>, or RESULT: !! Type: message when the call raises.

options:
  --code FILE          the Python program defining the function (required)
  --call EXPR          the call to trace (required)
  --granularity G      op (default: one operation per step), expr (one line per expression and its
                       value) or line (statements, bindings, branches, calls and returns only)
  --max-steps N        keep the first N steps, then "... truncated after N steps" and the true RESULT line
  --no-header          leave out the "# etcot-trace v1 granularity=..." first line
  --json               print {"version", "granularity", "steps", "output", "error", "truncatedAfter",
                       "stdout"} instead of text
  -h, --help           show this help

Exit code 0 when the trace was written (also when the call raised: that is part of the trace), 1 when the
program cannot run (syntax error, unsupported feature).`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      code: { type: 'string' },
      call: { type: 'string' },
      granularity: { type: 'string', default: 'op' },
      'max-steps': { type: 'string' },
      'no-header': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.code === undefined) throw new UsageError('--code FILE is required');
  if (values.call === undefined) throw new UsageError('--call EXPR is required');
  const granularity = values.granularity;
  if (!isGranularity(granularity)) {
    throw new UsageError(`--granularity must be one of ${GRANULARITIES.join(', ')}, not "${granularity}"`);
  }
  const maxSteps = values['max-steps'] === undefined ? undefined : positiveInt(values['max-steps']);
  const code = readFileSync(values.code, 'utf8');

  const interpreter = await import('../../interpreter/index.ts');
  const { traceCall } = await import('../../interpreter/tracer/trace-call.ts');
  await interpreter.loadInterpreter();
  const traced = traceCall(interpreter, code, values.call, {
    granularity,
    maxSteps,
    header: values['no-header'] !== true,
  });
  if (values.json) {
    const { version, steps, output, error, truncatedAfter, stdout } = traced;
    process.stdout.write(
      `${JSON.stringify({ version, granularity, steps, output, error, truncatedAfter, stdout })}\n`,
    );
  } else {
    process.stdout.write(traced.text);
  }
  const cannotRun =
    traced.error !== null && (traced.error.kind === 'syntax' || traced.error.kind === 'unsupported');
  return cannotRun ? 1 : 0;
}

function positiveInt(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`--max-steps must be a positive integer, not "${text}"`);
  }
  return Number(text);
}
