// CPython's tokenizer reports unbalanced brackets with messages of their own ("'(' was never closed",
// "unmatched ')'", "closing parenthesis ']' does not match opening parenthesis '('"), where our parser only
// says "invalid syntax". Programs print these messages when they eval text, so dynamic code gets them.

import { brackets, type Bracket } from './brackets.ts';

export interface BracketError {
  message: string;
  line: number;
  /** 1-based column of the offending bracket. */
  column: number;
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The first bracket CPython's tokenizer would reject in `code`, or null when brackets balance. */
export function findBracketError(code: string): BracketError | null {
  const open: Bracket[] = [];
  for (const b of brackets(code)) {
    if (b.c in CLOSER) {
      open.push(b);
      continue;
    }
    const top = open.pop();
    if (top === undefined) return { message: `unmatched '${b.c}'`, line: b.line, column: b.column };
    if (CLOSER[top.c] !== b.c) {
      const where = top.line === b.line ? '' : ` on line ${top.line}`;
      return {
        message: `closing parenthesis '${b.c}' does not match opening parenthesis '${top.c}'${where}`,
        line: b.line,
        column: b.column,
      };
    }
  }
  const last = open.pop();
  return last === undefined
    ? null
    : { message: `'${last.c}' was never closed`, line: last.line, column: last.column };
}
