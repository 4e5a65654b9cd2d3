// CPython's tokenizer reports unbalanced brackets with messages of their own ("'(' was never closed",
// "unmatched ')'", "closing parenthesis ']' does not match opening parenthesis '('"), where our parser only
// says "invalid syntax". Programs print these messages when they eval text, so dynamic code gets them.

export interface BracketError {
  message: string;
  line: number;
  /** 1-based column of the offending bracket. */
  column: number;
}

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** The first bracket CPython's tokenizer would reject in `code`, or null when brackets balance. */
export function findBracketError(code: string): BracketError | null {
  const open: { c: string; line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '#') {
      while (i + 1 < code.length && code[i + 1] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const quote = code.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length;
      while (i < code.length && !code.startsWith(quote, i)) {
        if (code[i] === '\\') i++;
        else if (code[i] === '\n') {
          // An unterminated one-line string is another error; stop looking at brackets.
          if (quote.length === 1) return null;
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (i >= code.length) return null;
      i += quote.length - 1;
    } else if (c in CLOSER) {
      open.push({ c, line, column: i - lineStart + 1 });
    } else if (c === ')' || c === ']' || c === '}') {
      const column = i - lineStart + 1;
      const top = open.pop();
      if (top === undefined) return { message: `unmatched '${c}'`, line, column };
      if (CLOSER[top.c] !== c) {
        const where = top.line === line ? '' : ` on line ${top.line}`;
        return {
          message: `closing parenthesis '${c}' does not match opening parenthesis '${top.c}'${where}`,
          line,
          column,
        };
      }
    }
  }
  const last = open.pop();
  return last === undefined ? null : { message: `'${last.c}' was never closed`, ...last };
}
