// A whole trace as data (header fields, steps, truncation marker, final result) and its text form. The
// parser (parse-trace.ts) reads this text back; keeping both ends next to the Step line format means the
// round trip parse(render(doc)) == doc holds by construction.

import { formatStep, indentFor, TRACE_FORMAT_VERSION, type Granularity, type Step } from './steps.ts';

/** The call's outcome as the RESULT line states it. */
export type TraceResult =
  | { kind: 'value'; /** `repr()` of the returned value. */ repr: string }
  | {
      kind: 'error';
      /** Exception type name, or the failure type for a limit. */ type: string;
      message: string;
    };

export interface TraceDocument {
  /** `v1`; null when the text had no header line. */
  version: string | null;
  granularity: Granularity | null;
  steps: Step[];
  /** N of the `... truncated after N steps` marker, or null when the trace is complete. */
  truncatedAfter: number | null;
  result: TraceResult | null;
}

export const HEADER_PREFIX = '# etcot-trace ';
export const RESULT_PREFIX = 'RESULT: ';
/** Prefix of a RESULT value that is an exception rather than a returned value. */
export const ERROR_MARK = '!! ';
export const TRUNCATION_PATTERN = /^\.\.\. truncated after (\d+) steps?$/;

export function headerLine(granularity: Granularity): string {
  return `${HEADER_PREFIX}${TRACE_FORMAT_VERSION} granularity=${granularity}`;
}

export function truncationLine(after: number): string {
  return `... truncated after ${after} steps`;
}

/** `ValueError: message`, or `ValueError` alone for an empty message (CPython's last traceback line). */
export function formatException(type: string, message: string): string {
  return message === '' ? type : `${type}: ${message}`;
}

export function resultLine(result: TraceResult): string {
  if (result.kind === 'value') return `${RESULT_PREFIX}${result.repr}`;
  return `${RESULT_PREFIX}${ERROR_MARK}${formatException(result.type, result.message)}`;
}

/** Reads the text after `RESULT: `; null when it is empty or a malformed exception. */
export function readResult(text: string): TraceResult | null {
  const body = text.trim();
  if (body === '') return null;
  if (body === ERROR_MARK.trim() || body.startsWith(ERROR_MARK)) {
    const m = /^([A-Za-z_][\w.]*)(?:: ([\s\S]*))?$/.exec(body.slice(ERROR_MARK.length));
    if (m === null) return null;
    return { kind: 'error', type: m[1], message: m[2] ?? '' };
  }
  return { kind: 'value', repr: body };
}

export interface RenderOptions {
  /** Write the `# etcot-trace v1 granularity=...` header line (default true). */
  header?: boolean;
  /** Indent steps by call depth (cosmetic; default true). */
  indent?: boolean;
}

/** The text of a trace: one line per step, ending with a newline. Deterministic. */
export function renderTraceText(doc: TraceDocument, options: RenderOptions = {}): string {
  const lines: string[] = [];
  if ((options.header ?? true) && doc.granularity !== null) lines.push(headerLine(doc.granularity));
  const indent = options.indent ?? true;
  for (const step of doc.steps) lines.push((indent ? indentFor(step) : '') + formatStep(step));
  if (doc.truncatedAfter !== null) lines.push(truncationLine(doc.truncatedAfter));
  if (doc.result !== null) lines.push(resultLine(doc.result));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
