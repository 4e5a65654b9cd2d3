// The tracer's public surface: trace a call, render and parse trace text. See docs/trace-format.md.

export { traceCall, DEFAULT_TRACE_MAX_STEPS } from './trace-call.ts';
export type { TraceOptions, TraceOutcome, TracingRunner } from './trace-call.ts';
export { parseTrace, isErrorAnswer } from './parse-trace.ts';
export type { MalformedLine, ParsedTrace } from './parse-trace.ts';
export { renderTraceText, formatException } from './document.ts';
export type { RenderOptions, TraceDocument, TraceResult } from './document.ts';
export {
  annotateSteps,
  formatStep,
  GRANULARITIES,
  isGranularity,
  readStepPayload,
  STEP_KINDS,
  TRACE_FORMAT_VERSION,
} from './steps.ts';
export type { Granularity, Step, StepKind } from './steps.ts';
export { benchTraces } from './bench.ts';
export type { TraceBenchResult } from './bench.ts';
