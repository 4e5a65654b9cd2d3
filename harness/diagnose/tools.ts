// The real TraceTools: true traces from the interpreter's tracer, parsing through the tracer's parser, and
// Python `==` from the interpreter for the final-answer check.

import { loadInterpreter } from '../../interpreter/index.ts';
import {
  traceCall,
  type Granularity,
  type TraceOutcome,
  type TracingRunner,
} from '../../interpreter/tracer/index.ts';
import type { TraceTools } from './diagnose.ts';
import { normalize } from './steps.ts';
import { readDiagTrace } from './tracer-adapter.ts';

/** Failures that mean the program cannot be traced at all (an exception is part of a true trace). */
const UNTRACEABLE = new Set(['syntax', 'unsupported']);

export async function loadTraceTools(): Promise<TraceTools> {
  const interpreter = await loadInterpreter();
  // interpreter/index.ts's runCall also takes the tracer's sink option (InternalRunOptions).
  const runner = interpreter as unknown as TracingRunner;
  return {
    trueTrace(code, call, granularity) {
      let outcome: TraceOutcome;
      try {
        const options = granularity === undefined ? {} : { granularity: granularity as Granularity };
        outcome = traceCall(runner, code, call, options);
      } catch (error) {
        // A crash inside the tracer is our bug, not the model's: report this sample, diagnose the rest.
        return { ok: false, message: `the tracer failed: ${(error as Error).message}` };
      }
      // A tracer bug cuts the true trace short: comparing a model with it would blame the model.
      if (outcome.tracerError !== null)
        return { ok: false, message: `the tracer failed: ${outcome.tracerError}` };
      if (outcome.error !== null && UNTRACEABLE.has(outcome.error.kind)) {
        return { ok: false, message: `${outcome.error.type}: ${outcome.error.message}` };
      }
      return { ok: true, text: outcome.text };
    },
    parse: readDiagTrace,
    sameValue(expected, predicted) {
      const compared = interpreter.compare(expected, predicted);
      return compared.ok ? compared.equal : normalize(expected) === normalize(predicted);
    },
  };
}
