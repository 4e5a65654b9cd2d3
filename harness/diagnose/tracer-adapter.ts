// Connects the diagnosis to the tracer: reads trace text with the tracer's parser into DiagSteps (with the
// line of the text each step came from, and the operation it performed), adds the final RESULT line as a
// step of its own so a wrong answer diverges at its line, and reports unreadable lines as malformed steps.

import { formatStep, parseTrace, type ParsedTrace } from '../../interpreter/tracer/index.ts';
import { RESULT_PREFIX } from '../../interpreter/tracer/document.ts';
import type { DiagTrace } from './diagnose.ts';
import { RewriteContext } from './rewrite-context.ts';
import type { DiagStep } from './steps.ts';

/** The kind name of the synthetic step standing for the `RESULT:` line. */
export const RESULT_KIND = 'result';

/** Reads trace text into the diagnosis's steps. Never throws. */
export function readDiagTrace(text: string): DiagTrace {
  const parsed = parseTrace(text);
  const lines = text.split('\n');
  const stepLines = stepLineNumbers(lines, parsed);
  const steps: DiagStep[] = [];
  const malformed = new Map(parsed.malformed.map((m) => [m.line, m]));
  const context = new RewriteContext();
  parsed.steps.forEach((step, i) => {
    const traceLine = stepLines[i];
    const op = context.operationOf(step);
    steps.push({
      kind: step.kind,
      ...(step.kind === 'line' || step.line > 0 ? { line: step.line } : {}),
      text: step.text,
      ...(step.value === undefined ? {} : { value: step.value }),
      op,
      traceLine,
      raw: lines[traceLine - 1]?.replace(/\r$/, '') ?? step.text,
    });
  });
  for (const m of malformed.values()) {
    steps.push({
      kind: 'malformed',
      text: m.text,
      traceLine: m.line,
      raw: m.text,
      malformed: true,
      op: 'malformed',
    });
  }
  const resultLine = lastResultLine(lines, malformed);
  if (parsed.answer !== null && resultLine > 0) {
    steps.push({
      kind: RESULT_KIND,
      text: '',
      value: parsed.answer,
      op: RESULT_KIND,
      traceLine: resultLine,
      raw: lines[resultLine - 1].replace(/\r$/, ''),
    });
  }
  steps.sort((a, b) => a.traceLine - b.traceLine);
  return { steps, finalAnswer: parsed.answer, granularity: parsed.granularity };
}

/**
 * The 1-based text line of each parsed step. Steps come in text order, one line each, so each is the next
 * line (not reported malformed) whose text, spacing aside, is the step as the tracer would write it.
 */
function stepLineNumbers(lines: readonly string[], parsed: ParsedTrace): number[] {
  const malformed = new Set(parsed.malformed.map((m) => m.line));
  let cursor = 0;
  return parsed.steps.map((step) => {
    const wanted = collapse(formatStep(step));
    for (let i = cursor; i < lines.length; i++) {
      if (!malformed.has(i + 1) && collapse(lines[i]) === wanted) {
        cursor = i + 1;
        return cursor;
      }
    }
    // Not found (the parser rewrote the line): take the next non-blank line, keeping the order.
    while (cursor < lines.length - 1 && lines[cursor].trim() === '') cursor++;
    cursor++;
    return cursor;
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The line of the RESULT line the parser kept: the last readable one. */
function lastResultLine(lines: readonly string[], malformed: ReadonlyMap<number, unknown>): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim().startsWith(RESULT_PREFIX.trimEnd()) && !malformed.has(i + 1)) return i + 1;
  }
  return 0;
}
