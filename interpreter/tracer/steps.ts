// The typed form of an ET-CoT trace (docs/trace-format.md): one Step per trace line. Both the renderer and
// the parser build steps through this module, so a step's text line and its typed fields can never drift
// apart: `formatStep` writes a line, `readStepPayload` reads one back, and `annotateSteps` derives `line`
// and `depth` from the step sequence alone (never from indentation).

import { findTopLevel } from './scan.ts';

export const TRACE_FORMAT_VERSION = 'v1';

export const GRANULARITIES = ['op', 'expr', 'line'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export function isGranularity(value: string): value is Granularity {
  return (GRANULARITIES as readonly string[]).includes(value);
}

/** Every step kind; `line` is written `L<n> <source>`, every other kind as `<kind> <payload>`. */
export const STEP_KINDS = [
  'call',
  'line',
  'eval',
  'set',
  'state',
  'iter',
  'branch',
  'return',
  'raise',
  'catch',
  'unwind',
  'yield',
  'resume',
  'print',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Kinds written as a keyword and a payload (all but `line`). */
const KEYWORD_KINDS: ReadonlySet<string> = new Set(STEP_KINDS.filter((k) => k !== 'line'));

export function isKeywordKind(word: string): word is Exclude<StepKind, 'line'> {
  return KEYWORD_KINDS.has(word);
}

export interface Step {
  kind: StepKind;
  /** Source line of the current statement of the step's frame (the latest `L` step there); 0 when none. */
  line: number;
  /** Calls entered and not yet left, not counting the traced call itself. */
  depth: number;
  /** Everything after the keyword (or after `L<n> `): the payload as written. */
  text: string;
  /** The value the step carries (a repr, `True`/`False`, or `Type: message`), for kinds that carry one. */
  value?: string;
}

/** Branch destinations: `then`/`else` (if, elif, case), `loop`/`exit` (while), `keep`/`skip` (filters). */
export const BRANCH_TARGETS = ['then', 'else', 'loop', 'exit', 'keep', 'skip'] as const;

/** The text line of a step, without indentation. */
export function formatStep(step: Pick<Step, 'kind' | 'line' | 'text'>): string {
  if (step.kind === 'line') return step.text === '' ? `L${step.line}` : `L${step.line} ${step.text}`;
  return `${step.kind} ${step.text}`;
}

/** Deeper calls are written at this indentation (a 1000-deep recursion would otherwise cost megabytes). */
export const MAX_INDENT_DEPTH = 32;

/**
 * Cosmetic indentation: two spaces per depth (up to MAX_INDENT_DEPTH), and two more for the steps of a
 * statement (everything but `L` lines and the traced call's own `call` line).
 */
export function indentFor(step: Pick<Step, 'kind' | 'depth' | 'line'>): string {
  const outer = step.kind === 'line' || (step.kind === 'call' && step.depth === 0 && step.line === 0);
  return '  '.repeat(Math.min(step.depth, MAX_INDENT_DEPTH) + (outer ? 0 : 1));
}

export type PayloadReading = { ok: true; value?: string } | { ok: false; reason: string };

/**
 * Checks a keyword step's payload and extracts the value it carries. Shared by the parser (which reports
 * a failed reading as a malformed line) and by tests of the renderer.
 */
export function readStepPayload(kind: Exclude<StepKind, 'line'>, text: string): PayloadReading {
  if (text === '') return { ok: false, reason: `empty ${kind} step` };
  switch (kind) {
    case 'eval':
    case 'call':
    case 'resume':
      return { ok: true };
    case 'set':
    case 'state':
      return readBinding(text);
    case 'iter':
      return readIter(text);
    case 'branch':
      return readBranch(text);
    case 'raise':
    case 'catch':
    case 'unwind':
      return /^[A-Za-z_][\w.]*(?:: |$)/.test(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `expected "Type: message" after ${kind}` };
    case 'return':
    case 'yield':
    case 'print':
      return { ok: true, value: text };
  }
}

function readBinding(text: string): PayloadReading {
  const at = findTopLevel(text, ' = ');
  if (at <= 0) return { ok: false, reason: 'expected "target = value"' };
  const value = text.slice(at + 3);
  return value === '' ? { ok: false, reason: 'missing value after "="' } : { ok: true, value };
}

const ITER_DONE = 'done';

function readIter(text: string): PayloadReading {
  if (text === ITER_DONE) return { ok: true };
  const m = /^(\d+): (.+)$/.exec(text);
  if (m === null) return { ok: false, reason: 'expected "N: target = value" or "done" after iter' };
  return readBinding(m[2]);
}

function readBranch(text: string): PayloadReading {
  const m = /^(True|False) -> (\w+)$/.exec(text);
  if (m === null || !(BRANCH_TARGETS as readonly string[]).includes(m[2])) {
    return { ok: false, reason: `expected "True|False -> ${BRANCH_TARGETS.join('|')}" after branch` };
  }
  return { ok: true, value: m[1] };
}

/** The payload of the iteration step that ends a loop. */
export function iterDoneText(): string {
  return ITER_DONE;
}

/**
 * Fills in `line` and `depth` from the sequence alone, exactly as a reader of the text would: `call` and
 * `resume` open a frame after themselves, `return`, `unwind` and `yield` close one after themselves, and
 * an `L<n>` step sets the current frame's line.
 */
export function annotateSteps<T extends Pick<Step, 'kind' | 'line'> & Partial<Step>>(steps: T[]): void {
  const frameLines: number[] = [];
  for (const step of steps) {
    const depth = Math.max(0, frameLines.length - 1);
    const top = frameLines.length - 1;
    if (step.kind === 'line') {
      if (top >= 0) frameLines[top] = step.line;
      else frameLines.push(step.line);
      step.depth = depth;
      continue;
    }
    step.line = top >= 0 ? frameLines[top] : 0;
    step.depth = depth;
    if (step.kind === 'call' || step.kind === 'resume') frameLines.push(0);
    else if (step.kind === 'return' || step.kind === 'unwind' || step.kind === 'yield') frameLines.pop();
  }
}
