// The brackets of Python source outside strings and comments, for the checks CPython's tokenizer makes
// before parsing: how deep brackets nest (index.ts) and whether they balance (bracket-errors.ts).

export interface Bracket {
  c: string;
  line: number;
  /** 1-based. */
  column: number;
}

/** Each bracket outside strings and comments, in order; stops at a string that is never closed. */
export function* brackets(code: string): Generator<Bracket> {
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
          if (quote.length === 1) return;
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (i >= code.length) return;
      i += quote.length - 1;
    } else if ('()[]{}'.includes(c)) {
      yield { c, line, column: i - lineStart + 1 };
    }
  }
}
