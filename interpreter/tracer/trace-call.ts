// Traces one call: runs `code` then `call` in the interpreter with a TraceCollector attached, and returns
// the typed steps, the rendered text, and the call's true outcome. The outcome always comes from the full
// run, so a trace cut by `maxSteps` still ends with the right RESULT line.

import type { RunFailure, RunLimits } from '../api.ts';
import type { InternalRunOptions } from '../index.ts';
import type { RunResult } from '../api.ts';
import { TraceCollector } from './collector.ts';
import { renderTraceText, type RenderOptions, type TraceDocument, type TraceResult } from './document.ts';
import { SourceText } from './source-text.ts';
import { annotateSteps, TRACE_FORMAT_VERSION, type Granularity, type Step } from './steps.ts';

/** Steps kept when the caller sets no limit: enough for any benchmark program, bounded for runaway loops. */
export const DEFAULT_TRACE_MAX_STEPS = 100_000;

/** The part of the interpreter a trace needs: `runCall` accepting a sink (interpreter/index.ts). */
export interface TracingRunner {
  runCall(code: string, call: string, options?: InternalRunOptions): RunResult;
}

export interface TraceOptions extends RenderOptions {
  granularity?: Granularity;
  /** Steps written before the `... truncated after N steps` marker (default DEFAULT_TRACE_MAX_STEPS). */
  maxSteps?: number;
  /** Interpreter limits for the run itself (evaluation steps, depth, size). */
  limits?: RunLimits;
}

export interface TraceOutcome {
  version: string;
  granularity: Granularity;
  steps: Step[];
  /** The trace text, ending with the RESULT line. */
  text: string;
  /** repr of the returned value (object addresses renumbered as in the trace), or null when the call failed. */
  output: string | null;
  error: RunFailure | null;
  truncatedAfter: number | null;
  /** What the program printed. */
  stdout: string;
  /** Why the tracer stopped early because of its own bug (the run itself is unaffected); null normally. */
  tracerError: string | null;
}

export function traceCall(
  runner: TracingRunner,
  code: string,
  call: string,
  options: TraceOptions = {},
): TraceOutcome {
  const granularity = options.granularity ?? 'op';
  const maxSteps = options.maxSteps ?? DEFAULT_TRACE_MAX_STEPS;
  const collector = new TraceCollector(new SourceText(code), { granularity, maxSteps });
  let stdout = '';
  const result = runner.runCall(code, call, {
    ...options.limits,
    sink: collector,
    stdout: (text) => {
      stdout += text;
      collector.write(text);
    },
  });
  collector.finish(result.ok ? null : result.error);
  const steps = collector.steps;
  annotateSteps(steps);
  const output = result.ok ? collector.normalizeAddresses(result.repr) : null;
  const error = result.ok
    ? null
    : { ...result.error, message: collector.normalizeAddresses(result.error.message) };
  const outcome: TraceResult =
    error === null
      ? { kind: 'value', repr: output ?? '' }
      : { kind: 'error', type: error.type, message: error.message };
  const doc: TraceDocument = {
    version: TRACE_FORMAT_VERSION,
    granularity,
    steps,
    // A tracer failure ends the trace early; it is marked like a truncation so the text stays well formed.
    truncatedAfter: collector.truncated ? maxSteps : collector.failure !== null ? steps.length : null,
    result: outcome,
  };
  return {
    version: TRACE_FORMAT_VERSION,
    granularity,
    steps,
    text: renderTraceText(doc, options),
    output,
    error,
    truncatedAfter: doc.truncatedAfter,
    stdout,
    tracerError: collector.failure,
  };
}
