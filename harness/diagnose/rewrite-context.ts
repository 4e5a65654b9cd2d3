// Names the operation of each step of a trace as the tracer writes it. An `eval` line shows its expression
// after one more reduction, so its operation is found by diffing it with the text it rewrote: the latest
// text of the same expression in the same frame. A frame can hold several expressions at once (a
// comprehension's parts inside a statement's value), so a short history is kept per call depth and the
// `eval` is compared with the most similar entry.

import type { Step } from '../../interpreter/tracer/index.ts';
import { tokenize, type Token } from './expr-tokens.ts';
import { reducedOperation, VARIABLE_READ } from './operation.ts';

/** Report names of the step kinds that are not expression rewrites. */
const OPERATION_NAMES: Record<string, string> = {
  line: 'statement',
  set: 'assignment',
  state: 'state',
  call: 'call',
  return: 'return',
  raise: 'exception',
  catch: 'exception',
  unwind: 'exception',
  yield: 'yield',
  resume: 'resume',
  print: 'print',
};

/** Texts kept per depth; a frame rarely has more expressions in flight. */
const HISTORY = 8;

interface Shown {
  text: string;
  tokens: Token[];
  /** The statement of an `L` line (its first rewrite usually substitutes reads), not an `eval` line. */
  statement?: string;
}

export class RewriteContext {
  private readonly history: Shown[][] = [];
  /** Depths where the next `eval` starts an expression whose source is not shown (after `iter`). */
  private readonly fresh = new Set<number>();

  operationOf(step: Step): string {
    switch (step.kind) {
      case 'line': {
        this.fresh.delete(step.depth);
        const text = statementExpression(step.text);
        this.history[step.depth] = [{ text, tokens: tokenize(text), statement: step.text }];
        return 'statement';
      }
      case 'eval':
        return this.evalOperation(step);
      case 'iter':
        // A comprehension's next part starts here; a `for` statement's body starts with an `L` line anyway.
        if (step.text !== 'done') this.fresh.add(step.depth);
        return 'loop iteration';
      case 'branch':
        if (/-> keep$/.test(step.text)) this.fresh.add(step.depth);
        if (/-> (?:loop|exit)$/.test(step.text)) return 'loop condition';
        return /-> (?:keep|skip)$/.test(step.text) ? 'filter' : 'branch';
      default:
        // A call or resume enters a frame: whatever deeper frames showed before is gone.
        if (step.kind === 'call' || step.kind === 'resume') this.history.length = step.depth + 1;
        return OPERATION_NAMES[step.kind] ?? step.kind;
    }
  }

  private evalOperation(step: Step): string {
    const shown = (this.history[step.depth] ??= []);
    const tokens = tokenize(step.text);
    if (this.fresh.delete(step.depth)) {
      shown.push({ text: step.text, tokens });
      return isSingleValue(tokens) ? 'expression' : VARIABLE_READ;
    }
    let best = -1;
    let bestScore = 0;
    for (let i = shown.length - 1; i >= 0; i--) {
      const score = commonEnds(shown[i].tokens, tokens);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    // An expression reduced to its value is the latest one still being reduced.
    const last = shown.length - 1;
    if (last >= 0 && isSingleValue(tokens) && (best < 0 || !isSingleValue(shown[last].tokens))) best = last;
    const before = best >= 0 ? shown[best] : undefined;
    // Expressions shown after the one rewritten here have finished.
    if (best >= 0) shown.length = best;
    shown.push({ text: step.text, tokens });
    if (shown.length > HISTORY) shown.shift();
    if (before === undefined) return isSingleValue(tokens) ? 'expression' : VARIABLE_READ;
    if (before.statement !== undefined && readsSubstituted(before.statement, tokens)) return VARIABLE_READ;
    return reducedOperation(before.text, step.text);
  }
}

/** Tokens two texts share at their start plus at their end (without overlap). */
function commonEnds(a: readonly Token[], b: readonly Token[]): number {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix].text === b[prefix].text) prefix++;
  let suffix = 0;
  const room = Math.min(a.length, b.length) - prefix;
  while (suffix < room && a[a.length - 1 - suffix].text === b[b.length - 1 - suffix].text) suffix++;
  return prefix + suffix;
}

const STATEMENT_HEAD = /^(?:return|if|elif|while|assert|yield|del)\b\s*|^for\s.+?\sin\s+/;
const ASSIGNMENT_HEAD = /^[^=([{'"<>!]*?(?:\*\*|\/\/|>>|<<|[-+*/%&|^@])?=(?!=)\s*/;

/** The expression part of a statement line: `x += a * b` → `a * b`, `if a > b:` → `a > b`. */
function statementExpression(statement: string): string {
  const text = statement.replace(/:\s*$/, '').trim();
  if (STATEMENT_HEAD.test(text)) return text.replace(STATEMENT_HEAD, '');
  return text.replace(ASSIGNMENT_HEAD, '');
}

const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'if',
  'else',
  'for',
  'lambda',
  'None',
  'True',
  'False',
]);

/**
 * The first rewrite of a statement replaced variables by values: some variable the statement reads (an
 * augmented target included) is gone from the text.
 */
function readsSubstituted(statement: string, rewritten: readonly Token[]): boolean {
  const tokens = tokenize(statement);
  const after = new Set(rewritten.map((t) => t.text));
  return tokens.some(
    (t, i) =>
      t.type === 'name' &&
      !KEYWORDS.has(t.text) &&
      tokens[i - 1]?.text !== '.' &&
      tokens[i + 1]?.text !== '(' &&
      tokens[i + 1]?.text !== '=' &&
      !after.has(t.text),
  );
}

/** The text is one value written as a literal: constants, brackets, commas, colons and signs only. */
function isSingleValue(tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  return tokens.every(
    (t) =>
      t.type === 'string' ||
      t.type === 'number' ||
      t.type === 'open' ||
      t.type === 'close' ||
      [',', ':', '-', '...', 'True', 'False', 'None'].includes(t.text),
  );
}
