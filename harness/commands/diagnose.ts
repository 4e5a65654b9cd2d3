// `etcot diagnose`: where a model's execution trace first left the true one. Either one trace
// (`--code FILE --call EXPR --trace FILE`) or every generation of a trace-prompt run (`--run DIR`).

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli.ts';
import { diagnoseTrace } from '../diagnose/diagnose.ts';
import { diagnoseRunDir } from '../diagnose/run.ts';
import { benchmarkSamplesLoader } from '../diagnose/samples.ts';
import { renderRunDiagnosis, renderTraceDiagnosis } from '../diagnose/table.ts';
import { loadTraceTools } from '../diagnose/tools.ts';

const HELP = `usage: etcot diagnose --code FILE --call EXPR --trace MODEL_TRACE [--json]
       etcot diagnose --run results/<run> [--data FILE] [--json]

Compares a model's execution trace with the interpreter's true trace of the same call, step by step,
and reports whether it is consistent, and if not its first divergence: the line of the model's trace,
the kind of step (the operation, e.g. str.split, slice, +, ==, loop condition, branch, call, return),
what was expected and what the model wrote, whether the model found its way back afterwards, and
whether its final answer was right anyway.

With --run, diagnoses every generation of a run made with --prompt trace (samples come from the run's
benchmark, or from --data FILE), prints divergence kinds with error rates, and writes
results/<run>/diagnosis.json and results/<run>/report.html.

options:
  --code FILE     the Python program (its call is evaluated after running it as a module)
  --call EXPR     the call, e.g. "f([1, 2], 'a')"
  --trace FILE    the model's trace (a bare trace, or a response with [TRACE] ... [/TRACE])
  --run DIR       a run folder written by etcot eval --prompt trace
  --data FILE     the benchmark file the run's samples come from (default: the run's benchmark)
  --json          print the diagnosis as JSON
  -h, --help      show this help`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      code: { type: 'string' },
      call: { type: 'string' },
      trace: { type: 'string' },
      run: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const single = values.code !== undefined || values.call !== undefined || values.trace !== undefined;
  if (values.run !== undefined && single) throw new UsageError('--run excludes --code, --call and --trace');
  if (values.run !== undefined) return diagnoseRun(values.run, values.data, values.json === true);
  if (values.code === undefined || values.call === undefined || values.trace === undefined) {
    throw new UsageError('give --code FILE, --call EXPR and --trace FILE, or --run DIR');
  }
  if (values.data !== undefined) throw new UsageError('--data goes with --run');
  const tools = await loadTraceTools();
  const outcome = diagnoseTrace(readText(values.code), values.call, readText(values.trace), tools);
  const d = outcome.diagnosis;
  process.stdout.write(values.json ? `${JSON.stringify(d, null, 2)}\n` : `${renderTraceDiagnosis(d)}\n`);
  return 0;
}

async function diagnoseRun(runDir: string, data: string | undefined, json: boolean): Promise<number> {
  const tools = await loadTraceTools();
  const warn = (message: string) => process.stderr.write(`etcot diagnose: ${message}\n`);
  const output = await diagnoseRunDir(runDir, { tools, samplesFor: benchmarkSamplesLoader(data), warn });
  if (json) process.stdout.write(`${JSON.stringify(output.diagnosis, null, 2)}\n`);
  else {
    process.stdout.write(`${renderRunDiagnosis(output.diagnosis)}\n`);
    process.stdout.write(`wrote ${output.diagnosisPath} and ${output.reportPath}\n`);
  }
  return 0;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
