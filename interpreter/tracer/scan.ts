// A small lexical scanner for Python-like text in trace lines: it knows string literals (with backslash
// escapes) and the three bracket pairs, which is all that is needed to split `target = value` at the right
// `=` and to notice a value cut off in the middle (a truncated model trace).

const OPENERS = '([{';
const CLOSERS = ')]}';

/**
 * Index of the first occurrence of `needle` outside string literals and brackets, or -1. `needle` must
 * not start with a quote or a bracket.
 */
export function findTopLevel(text: string, needle: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = skipString(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth--;
    else if (depth === 0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Index just past the string literal opening at `start` (a quote), or -1 when it never closes. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  const triple = text.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  for (let i = start + close.length; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(close, i)) return i + close.length;
  }
  return -1;
}

/**
 * Why `text` is not a complete bracketed expression (an unclosed string, an unclosed or unmatched
 * bracket), or null when it is.
 */
export function bracketProblem(text: string): string | null {
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = skipString(text, i);
      if (end < 0) return `unclosed string starting at column ${i + 1}`;
      i = end - 1;
      continue;
    }
    const open = OPENERS.indexOf(c);
    if (open >= 0) {
      stack.push(CLOSERS[open]);
      continue;
    }
    if (CLOSERS.includes(c)) {
      const expected = stack.pop();
      if (expected !== c) return `unmatched "${c}" at column ${i + 1}`;
    }
  }
  return stack.length === 0 ? null : `unclosed "${OPENERS[CLOSERS.indexOf(stack[stack.length - 1])]}"`;
}
