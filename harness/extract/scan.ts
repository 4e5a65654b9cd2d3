// A lexical pass over a Python expression: enough to split `assert f(x) == y` at the right `==`, to
// notice unbalanced brackets or unterminated strings, and to compare two answers ignoring layout. It is
// no parser; the scorer's interpreter has the last word on whether an answer evaluates.

export interface ExpressionScan {
  /** Why the text cannot be one expression (unterminated string, unbalanced bracket); undefined if fine. */
  problem?: string;
  /** Offsets of `==` outside brackets and strings. */
  equals: number[];
  /** Offsets of `,` outside brackets and strings. */
  commas: number[];
  /** Whether a line break stands outside brackets and strings: two statements, or prose after a value. */
  splitsLines: boolean;
  /** Offset of a `#` comment outside strings, if any. */
  comment?: number;
  /** The text without whitespace outside strings, and without the comment: equal answers scan equal. */
  compact: string;
  /** Code outside strings, with every string literal replaced by `''`: for checks on the code alone. */
  codeOnly: string;
}

const OPEN = '([{';
const CLOSE = ')]}';

export function scanExpression(text: string): ExpressionScan {
  const equals: number[] = [];
  const commas: number[] = [];
  const stack: string[] = [];
  let compact = '';
  let codeOnly = '';
  let splitsLines = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '#') {
      const scan = { equals, commas, splitsLines, comment: i, compact, codeOnly };
      return stack.length > 0 ? { ...scan, problem: `unclosed '${stack[stack.length - 1]}'` } : scan;
    }
    if (ch === "'" || ch === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return { problem: 'unterminated string', equals, commas, splitsLines, compact, codeOnly };
      compact += text.slice(i, end);
      codeOnly += "''";
      i = end;
      continue;
    }
    if (OPEN.includes(ch)) stack.push(ch);
    else if (CLOSE.includes(ch)) {
      const open = stack.pop();
      if (open === undefined || OPEN.indexOf(open) !== CLOSE.indexOf(ch)) {
        return { problem: `unbalanced '${ch}'`, equals, commas, splitsLines, compact, codeOnly };
      }
    } else if (stack.length === 0 && ch === ',') commas.push(i);
    else if (stack.length === 0 && ch === '\n') splitsLines = true;
    else if (stack.length === 0 && ch === '=' && text[i + 1] === '=' && !'=!<>'.includes(text[i - 1] ?? '')) {
      equals.push(i);
      compact += '==';
      codeOnly += '==';
      i += 2;
      continue;
    }
    if (!/\s/.test(ch)) compact += ch;
    codeOnly += ch;
    i++;
  }
  if (stack.length > 0)
    return {
      problem: `unclosed '${stack[stack.length - 1]}'`,
      equals,
      commas,
      splitsLines,
      compact,
      codeOnly,
    };
  return { equals, commas, splitsLines, compact, codeOnly };
}

/** Offset just past the string literal whose opening quote is at `start`, or -1 if it never closes. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  const triple = text.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let i = start + closing.length;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (!triple && ch === '\n') return -1;
    if (text.startsWith(closing, i)) return i + closing.length;
    i++;
  }
  return -1;
}

const EXPRESSION_KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'if',
  'else',
  'for',
  'lambda',
  'async',
  'await',
]);

/**
 * True when two names or numbers stand side by side with only spaces between them and neither is an
 * operator keyword: `The answer is 5` or `5 apples` are prose, not an expression.
 */
export function hasAdjacentWords(codeOnly: string): boolean {
  const pairs = codeOnly.matchAll(/([A-Za-z_0-9.]+)\s+(?=([A-Za-z_0-9.]+))/g);
  return [...pairs].some(
    ([, left, right]) => !EXPRESSION_KEYWORDS.has(left) && !EXPRESSION_KEYWORDS.has(right),
  );
}
