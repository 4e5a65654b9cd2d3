// The step shape alignment works on. It is deliberately independent of the tracer's own step type, so the
// alignment and its tests do not change when the trace format does; tracer-adapter.ts converts.

import { tokenize } from './expr-tokens.ts';

/** One step of a trace as the diagnosis sees it. */
export interface DiagStep {
  /** The tracer's step kind (`line`, `eval`, `set`, `iter`, `branch`, `call`, `return`, `state`, ...), or `result`. */
  kind: string;
  /** Source line the step belongs to (`L4`), when the step has one. */
  line?: number;
  /** What the step says, without its value: a statement, an expression before a rewrite, a call. */
  text: string;
  /** What the step computed: a rewritten expression, a bound value, a branch direction. */
  value?: string;
  /** The operation the step performs, when the tracer names it (`str.split`, `+`, ...). */
  op?: string;
  /** 1-based line of this step in the trace text it was read from. */
  traceLine: number;
  /** The trace line as written, for reports. */
  raw: string;
  /** The parser could not read this line; such a step never matches a true step. */
  malformed?: boolean;
}

/**
 * Spacing-insensitive form of a step's text or value: its tokens joined by single spaces, so `f(a,b)` and
 * `f(a, b)` agree while the inside of string literals is kept exactly.
 */
export function normalize(text: string | undefined): string {
  return tokenize(text ?? '')
    .map((t) => t.text)
    .join(' ');
}

const keys = new WeakMap<DiagStep, string>();

/** What two steps must share to match, computed once per step. */
function matchKey(step: DiagStep): string {
  let key = keys.get(step);
  if (key === undefined) {
    key = `${step.kind}\u0000${step.line ?? ''}\u0000${normalize(step.text)}\u0000${normalize(step.value)}`;
    keys.set(step, key);
  }
  return key;
}

/** Two steps say the same thing: same kind, same source line, same text and value up to spacing. */
export function stepsMatch(truth: DiagStep, model: DiagStep): boolean {
  if (model.malformed || truth.malformed) return false;
  return matchKey(truth) === matchKey(model);
}

/** A step as reports quote it: its trace line without indentation. */
export function describeStep(step: DiagStep): string {
  return step.raw.trim();
}
