// Scripted trace-prompt answers for CRUXEval samples: the interpreter's true trace of each sample's call,
// with one known error planted, so a test knows the exact diagnosis a correct harness must report.

import { loadInterpreter } from '../../interpreter/index.ts';
import { traceCall, type TracingRunner } from '../../interpreter/tracer/index.ts';
import type { Sample } from '../../benchmarks/sample.ts';
import { lineExactly, traceLines, truncatedAfter, withLineReplaced } from '../diagnose/plant.ts';
import { sampleOfPrompt } from './planted-answers.ts';

/** What the harness must find in one planted answer. */
export interface PlantedTraceAnswer {
  sample: Sample;
  /** The whole model response: `[TRACE]` ... `[/TRACE]` then `[ANSWER]`, unless truncated. */
  response: string;
  /** How the harness must score the answer. */
  answerCorrect: boolean;
  /** Whether the trace's own `RESULT:` line is right (the diagnosis's `final_answer_correct`). */
  resultCorrect: boolean;
  /** The first divergence, with its line in `response`; null for a trace equal to the true one. */
  divergence: { line: number; kind: string; expected: string | null; got: string | null } | null;
  recovered: boolean;
  truncated: boolean;
}

/** How the answer is planted: a change to the true trace's text (1-based trace lines, as plant.ts uses). */
export type Plant =
  | { kind: 'exact' }
  /** The eval line exactly `line` (trimmed) becomes `wrong`; `operation` is the kind it must be named. */
  | { kind: 'eval'; line: string; wrong: string; operation: string }
  /** The branch line exactly `line` (trimmed) becomes `wrong`, then the model runs `rest` instead. */
  | { kind: 'branch'; line: string; wrong: string; rest: string[]; answer: string }
  /** The response stops after this many trace lines (the header included), like a max-tokens cut. */
  | { kind: 'truncated'; keptLines: number }
  /** The trace is right, the `[ANSWER]` block is not: the answers conflict, so the harness scores it wrong. */
  | { kind: 'answer only'; answer: string }
  /** The trace's `RESULT:` line and the `[ANSWER]` block are both wrong. */
  | { kind: 'result'; answer: string };

/** Response line of trace line 1: the `[TRACE]` line comes first. */
const TRACE_OFFSET = 1;

export async function trueTraceText(sample: Sample): Promise<string> {
  const interpreter = await loadInterpreter();
  // interpreter/index.ts's runCall also takes the tracer's sink option, as harness/diagnose/tools.ts uses it.
  const outcome = traceCall(interpreter as unknown as TracingRunner, sample.code, sample.call);
  if (outcome.tracerError !== null || outcome.error !== null) {
    throw new Error(`cannot trace ${sample.id}: ${outcome.tracerError ?? outcome.error?.message}`);
  }
  return outcome.text;
}

function response(sample: Sample, trace: string, answer: string): string {
  return `[TRACE]\n${trace}[/TRACE]\n[ANSWER] assert ${sample.call} == ${answer} [/ANSWER]\n`;
}

export async function plantTraceAnswer(sample: Sample, plant: Plant): Promise<PlantedTraceAnswer> {
  const truth = await trueTraceText(sample);
  const base = { sample, recovered: false, truncated: false, resultCorrect: false };
  switch (plant.kind) {
    case 'exact':
      return {
        ...base,
        response: response(sample, truth, sample.output),
        answerCorrect: true,
        resultCorrect: true,
        divergence: null,
      };
    case 'eval': {
      const at = lineExactly(truth, plant.line);
      return {
        ...base,
        response: response(sample, withLineReplaced(truth, at, `  ${plant.wrong}`), sample.output),
        // The next step of the model is the true one again: the slip stays inside one rewrite.
        answerCorrect: true,
        resultCorrect: true,
        recovered: true,
        divergence: {
          line: at + TRACE_OFFSET,
          kind: plant.operation,
          expected: plant.line,
          got: plant.wrong,
        },
      };
    }
    case 'branch': {
      const at = lineExactly(truth, plant.line);
      const lines = [`  ${plant.wrong}`, ...plant.rest, `RESULT: ${plant.answer}`];
      const trace = truncatedAfter(truth, at - 1) + lines.map((l) => `${l}\n`).join('');
      return {
        ...base,
        response: response(sample, trace, plant.answer),
        answerCorrect: false,
        divergence: { line: at + TRACE_OFFSET, kind: 'branch', expected: plant.line, got: plant.wrong },
      };
    }
    case 'truncated':
      return {
        ...base,
        response: `[TRACE]\n${truncatedAfter(truth, plant.keptLines)}`,
        answerCorrect: false,
        truncated: true,
        // The model's trace ends where the next true line was due.
        divergence: {
          line: plant.keptLines + 1 + TRACE_OFFSET,
          kind: 'truncated',
          expected: traceLines(truth)[plant.keptLines].trim(),
          got: null,
        },
      };
    case 'answer only':
      return {
        ...base,
        response: response(sample, truth, plant.answer),
        answerCorrect: false,
        // The trace itself ends in the right RESULT; only the [ANSWER] block contradicts it.
        resultCorrect: true,
        divergence: null,
      };
    case 'result': {
      const lines = traceLines(truth);
      const at = lines.length;
      const wrongResult = `RESULT: ${plant.answer}`;
      return {
        ...base,
        response: response(sample, withLineReplaced(truth, at, wrongResult), plant.answer),
        answerCorrect: false,
        divergence: { line: at + TRACE_OFFSET, kind: 'result', expected: lines[at - 1], got: wrongResult },
      };
    }
  }
}

/** The fake server's answer to a prompt: the planted response of the sample the prompt asks about. */
export function traceResponder(planted: readonly PlantedTraceAnswer[]): (prompt: string) => string {
  const samples = planted.map((p) => p.sample);
  const byId = new Map(planted.map((p) => [p.sample.id, p.response]));
  return (prompt) => byId.get(sampleOfPrompt(samples, prompt).id)!;
}
