// Diagnoses one model trace against the true trace of the same call: consistent or not, where and how it
// first diverged, whether it recovered, and whether its final answer was right anyway.

import { alignTraces, type DivergenceCause } from './align.ts';
import { countKinds, operationKind } from './kinds.ts';
import type { DiagStep } from './steps.ts';
import { findTraceBlock } from './trace-block.ts';

/** A trace read into steps, as the tracer's parser gives it (see tracer-adapter.ts). */
export interface DiagTrace {
  /** Readable steps and, as `malformed` steps, unreadable lines, in trace order. */
  steps: DiagStep[];
  /** The value of the final `RESULT:` line, or null when there is none. */
  finalAnswer: string | null;
  /** The granularity the trace's header line names (`op`, `expr`, `line`), or null. */
  granularity: string | null;
}

/** What the diagnosis needs from the tracer and the interpreter. */
export interface TraceTools {
  /**
   * The true trace of `call` after running `code` as text, at the model trace's granularity when it named
   * one, or a failure (the program cannot be traced).
   */
  trueTrace(
    code: string,
    call: string,
    granularity?: string,
  ): { ok: true; text: string } | { ok: false; message: string };
  parse(text: string): DiagTrace;
  /** Python `==` on two reprs; plain text comparison is the fallback when either does not evaluate. */
  sameValue(expected: string, predicted: string): boolean;
}

export interface MalformedLine {
  line: number;
  text: string;
}

export interface FirstDivergence {
  line: number;
  kind: string;
  expected: string | null;
  got: string | null;
}

/** The diagnosis of one trace, in the exact shape `etcot diagnose --json` prints. */
export interface TraceDiagnosis {
  consistent: boolean;
  predicted_output: string | null;
  correct_output: string;
  first_divergence: FirstDivergence | null;
  recovered: boolean;
  final_answer_correct: boolean;
  truncated: boolean;
  malformed_lines: MalformedLine[];
}

/** What aggregation and the HTML report need beyond the printed diagnosis. */
export interface DiagnosisDetails {
  cause: DivergenceCause | null;
  /** True steps per operation kind that the model reached (all of them for a consistent trace). */
  reachedKinds: Record<string, number>;
  trueSteps: number;
  modelSteps: number;
  /** The true trace's text, for side-by-side display. */
  trueTraceText: string;
  /** 1-based line of the true trace's text holding the expected step, when there is one. */
  trueTraceLine: number | null;
}

export interface DiagnosisOutcome {
  diagnosis: TraceDiagnosis;
  details: DiagnosisDetails;
}

/** The true trace could not be produced (the interpreter failed on the program); names the call. */
export class TrueTraceError extends Error {
  override name = 'TrueTraceError';
  constructor(
    readonly call: string,
    message: string,
  ) {
    super(`cannot trace ${call}: ${message}`);
  }
}

/**
 * Diagnoses `modelText` (a bare trace, or a response holding `[TRACE]`...`[/TRACE]`); line numbers refer
 * to `modelText` itself.
 */
export function diagnoseTrace(
  code: string,
  call: string,
  modelText: string,
  tools: TraceTools,
): DiagnosisOutcome {
  const granularity = tools.parse(findTraceBlock(modelText).text).granularity;
  const truth = tools.trueTrace(code, call, granularity ?? undefined);
  if (!truth.ok) throw new TrueTraceError(call, truth.message);
  return diagnoseAgainst(tools.parse(truth.text), truth.text, modelText, tools);
}

/** Diagnosis against an already parsed true trace (run-level diagnosis traces each sample once). */
export function diagnoseAgainst(
  trueTrace: DiagTrace,
  trueTraceText: string,
  modelText: string,
  tools: Pick<TraceTools, 'parse' | 'sameValue'>,
): DiagnosisOutcome {
  const block = findTraceBlock(modelText);
  const parsed = tools.parse(block.text);
  const offset = block.firstLine - 1;
  const modelSteps = parsed.steps.map((step) => ({ ...step, traceLine: step.traceLine + offset }));
  const alignment = alignTraces(trueTrace.steps, modelSteps, { kindOf: operationKind, resultKind: 'result' });
  const divergence = alignment.divergence;
  const correct = trueTrace.finalAnswer ?? '';
  const predicted = parsed.finalAnswer;
  const diagnosis: TraceDiagnosis = {
    consistent: divergence === null,
    predicted_output: predicted,
    correct_output: correct,
    first_divergence:
      divergence === null
        ? null
        : {
            line: divergence.traceLine,
            kind: divergence.kind,
            expected: divergence.expected,
            got: divergence.got,
          },
    recovered: alignment.recovered,
    final_answer_correct: predicted !== null && tools.sameValue(correct, predicted),
    truncated: divergence?.cause === 'truncated' || (predicted === null && trueTrace.finalAnswer !== null),
    malformed_lines: modelSteps.filter((s) => s.malformed).map((s) => ({ line: s.traceLine, text: s.raw })),
  };
  const reached = trueTrace.steps.slice(0, alignment.reachedTrueSteps);
  const trueStep = divergence === null ? undefined : trueTrace.steps[divergence.trueIndex];
  return {
    diagnosis,
    details: {
      cause: divergence?.cause ?? null,
      reachedKinds: countKinds(reached),
      trueSteps: trueTrace.steps.length,
      modelSteps: modelSteps.filter((s) => !s.malformed).length,
      trueTraceText,
      trueTraceLine: trueStep?.traceLine ?? null,
    },
  };
}
