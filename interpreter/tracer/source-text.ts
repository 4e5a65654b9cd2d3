// The text an `L<n>` step shows: the statement's source from its first column to the end of its logical
// line, with continuation lines joined by single spaces and the trailing comment removed, so that every
// statement fits on one trace line.

export class SourceText {
  private readonly lines: string[];
  private readonly cache = new Map<string, string>();

  constructor(code: string) {
    this.lines = code.split(/\r?\n/);
  }

  /** One-line text of the statement starting at 1-based `line`, `col`. */
  statement(line: number, col: number): string {
    const key = `${line}:${col}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const text = this.logicalLine(line, col);
    this.cache.set(key, text);
    return text;
  }

  /** The whole source line, trimmed (for `except` clauses, which are not statements). */
  wholeLine(line: number): string {
    return this.statement(line, 1);
  }

  private logicalLine(line: number, col: number): string {
    let text = '';
    let state: ScanState = { depth: 0, quote: null };
    for (let i = line - 1; i < this.lines.length; i++) {
      const raw = i === line - 1 ? this.lines[i].slice(Math.max(0, col - 1)) : this.lines[i];
      const inString = state.quote !== null;
      const { code, next } = scanLine(raw, state);
      state = next;
      // Inside a triple-quoted string the line break is part of the text: keep it visible as `\n`.
      if (inString) text += `\\n${code.replace(/\\$/, '')}`;
      else {
        const part = code.replace(/\\$/, '').trim();
        if (part !== '') text += text === '' ? part : ` ${part}`;
      }
      const continued = state.depth > 0 || state.quote !== null || /\\$/.test(code);
      if (!continued) break;
    }
    return text.replace(/([([{]) /g, '$1').replace(/ ([)\]}])/g, '$1');
  }
}

interface ScanState {
  /** Open brackets carried over from earlier lines. */
  depth: number;
  /** The open triple quote carried over, if any. */
  quote: string | null;
}

/** Strips a comment from one physical line and tracks brackets and triple-quoted strings across lines. */
function scanLine(text: string, state: ScanState): { code: string; next: ScanState } {
  let depth = state.depth;
  let quote = state.quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = null;
      }
      continue;
    }
    if (c === '#') return { code: text.slice(0, i).trimEnd(), next: { depth, quote } };
    if (c === "'" || c === '"') quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    if (quote !== null && quote.length === 3) i += 2;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
  }
  // A single-quoted string cannot span lines; an unclosed one is a syntax error the parser reports.
  if (quote !== null && quote.length === 1) quote = null;
  return { code: text.trimEnd(), next: { depth, quote } };
}
