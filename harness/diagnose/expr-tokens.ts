// A forgiving tokenizer for the Python expressions written in traces. It never throws: text it cannot read
// becomes single-character tokens, which is enough to find the operation a rewrite step reduced.

export type TokenType = 'string' | 'number' | 'name' | 'op' | 'open' | 'close' | 'other';

export interface Token {
  type: TokenType;
  text: string;
}

const STRING_START = /^(?:[rRbBuUfF]{0,2})('''|"""|'|")/;
const NUMBER = /^(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/;
const NAME = /^[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/;
const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '==', '!=', '<=', '>=', '<<', '>>',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '<', '>', '&', '|', '^', '~', '=', '.', ',', ':', ';',
]; // prettier-ignore

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const quote = STRING_START.exec(rest);
    if (quote) {
      const end = stringEnd(text, i + quote[0].length, quote[1]);
      tokens.push({ type: 'string', text: text.slice(i, end) });
      i = end;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number && number[0] !== '.') {
      tokens.push({ type: 'number', text: number[0] });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ type: 'name', text: name[0] });
      i += name[0].length;
      continue;
    }
    if ('([{'.includes(c)) tokens.push({ type: 'open', text: c });
    else if (')]}'.includes(c)) tokens.push({ type: 'close', text: c });
    else {
      const op = OPERATORS.find((o) => rest.startsWith(o));
      tokens.push({ type: op ? 'op' : 'other', text: op ?? c });
      i += op ? op.length : 1;
      continue;
    }
    i++;
  }
  return tokens;
}

/** Index just past the closing quote; the end of the text when the string is unterminated. */
function stringEnd(text: string, from: number, quote: string): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text.startsWith(quote, i)) return i + quote.length;
    i++;
  }
  return text.length;
}

/** Index of the bracket matching the one at `index` (searching forward for openers, backward for closers). */
export function matchingBracket(tokens: readonly Token[], index: number): number {
  const forward = tokens[index].type === 'open';
  let depth = 0;
  for (let i = index; forward ? i < tokens.length : i >= 0; i += forward ? 1 : -1) {
    const t = tokens[i].type;
    if (t === (forward ? 'open' : 'close')) depth++;
    else if (t === (forward ? 'close' : 'open')) depth--;
    if (depth === 0) return i;
  }
  return forward ? tokens.length - 1 : 0;
}

/** Positions of tokens outside any bracket, in order. */
export function topLevelIndices(tokens: readonly Token[]): number[] {
  const indices: number[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'open') depth++;
    if (depth === 0) indices.push(i);
    if (t.type === 'close') depth = Math.max(0, depth - 1);
  });
  return indices;
}
