// Names the operation an expression-rewrite step performed, when the tracer does not say: the before and
// after texts are diffed token by token, the changed part of `before` is widened to a whole sub-expression,
// and that sub-expression's outermost operation is classified (`str.split`, `+`, `<`, `slice`, `len`, ...).

import { matchingBracket, tokenize, topLevelIndices, type Token } from './expr-tokens.ts';

const BUILTIN_FUNCTIONS = new Set(
  (
    'abs all any ascii bin bool callable chr dict divmod enumerate filter float format frozenset getattr ' +
    'hasattr hash hex id int isinstance issubclass iter len list map max min next oct ord pow print range ' +
    'repr reversed round set setattr sorted str sum tuple type zip'
  ).split(' '),
);

/** Methods only one builtin type has, so a call on a variable still names its type. */
const METHOD_OWNER: Record<string, string> = {};
const OWNED_METHODS: Record<string, string> = {
  str:
    'capitalize casefold center encode endswith expandtabs find format isalnum isalpha isascii isdecimal ' +
    'isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip ' +
    'maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split ' +
    'splitlines startswith strip swapcase title translate upper zfill',
  list: 'append extend insert reverse sort',
  dict: 'fromkeys get items keys popitem setdefault values',
  set: 'add difference difference_update discard intersection intersection_update isdisjoint issubset issuperset symmetric_difference symmetric_difference_update union',
};
for (const [owner, names] of Object.entries(OWNED_METHODS)) {
  for (const name of names.split(' ')) METHOD_OWNER[name] = owner;
}

/** The kind of a rewrite that replaced variables by their values. */
export const VARIABLE_READ = 'variable read';

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=', 'in', 'is']);
/** Binary operators from loosest to tightest binding; each inner list binds equally. */
const BINARY_LEVELS = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];

/** The operation `before` → `after` reduced; the outermost operation of `before` when the diff says nothing. */
export function reducedOperation(before: string, after: string): string {
  const b = tokenize(before);
  const a = tokenize(after);
  let prefix = 0;
  while (prefix < b.length && prefix < a.length && b[prefix].text === a[prefix].text) prefix++;
  let suffix = 0;
  const room = Math.min(b.length, a.length) - prefix;
  while (suffix < room && b[b.length - 1 - suffix].text === a[a.length - 1 - suffix].text) suffix++;
  // A reduction replaces something by a value, never by nothing: a greedy match ate part of that value.
  while (prefix + suffix >= a.length && suffix > 0) suffix--;
  while (prefix + suffix >= a.length && prefix > 0) prefix--;
  if (prefix + suffix >= b.length) return classifyTokens(b);
  const [start, end] = widen(b, prefix, b.length - suffix);
  return classifyTokens(b.slice(start, end));
}

/** The outermost operation of an expression's text. */
export function classifyExpression(text: string): string {
  return classifyTokens(tokenize(text));
}

/** Grows [start, end) until it is a whole sub-expression: balanced, with both operands of its operators. */
function widen(tokens: readonly Token[], start: number, end: number): [number, number] {
  for (let guard = 0; guard < tokens.length * 2; guard++) {
    let changed = false;
    let depth = 0;
    for (let i = start; i < end; i++) {
      if (tokens[i].type === 'open') depth++;
      else if (tokens[i].type === 'close') {
        if (depth === 0) {
          start = Math.min(start, matchingBracket(tokens, i));
          changed = true;
          break;
        }
        depth--;
      }
    }
    if (!changed && depth > 0) {
      for (let i = end - 1; i >= start; i--) {
        if (tokens[i].type === 'open') {
          end = Math.max(end, matchingBracket(tokens, i) + 1);
          changed = true;
          break;
        }
      }
    }
    if (!changed && start > 0 && needsLeftOperand(tokens, start)) {
      start = primaryStart(tokens, start - 1);
      changed = true;
    }
    if (!changed && end < tokens.length && needsRightOperand(tokens[end - 1])) {
      end = primaryEnd(tokens, end);
      changed = true;
    }
    if (!changed) return [start, end];
  }
  return [start, end];
}

function isBinaryToken(t: Token): boolean {
  return (
    (t.type === 'op' && !['(', ',', ':', '=', ';'].includes(t.text)) ||
    (t.type === 'name' && ['and', 'or', 'in', 'is', 'not', 'if', 'else'].includes(t.text))
  );
}

/** `* 0`, `.split()`, `[1:2]`, `(x)` after a name: the region lacks what stands on its left. */
function needsLeftOperand(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (first.text === '.' || (isBinaryToken(first) && first.text !== 'not' && first.text !== '~')) return true;
  const previous = tokens[start - 1];
  return (
    (first.text === '(' || first.text === '[') &&
    (previous.type === 'name' || previous.type === 'close' || previous.type === 'string')
  );
}

function needsRightOperand(last: Token): boolean {
  return isBinaryToken(last) || last.text === '.';
}

/** Start of the primary (atom plus trailers) that ends at `index`. */
function primaryStart(tokens: readonly Token[], index: number): number {
  let i = tokens[index].type === 'close' ? matchingBracket(tokens, index) : index;
  while (i > 0) {
    const previous = tokens[i - 1];
    if (
      tokens[i].type === 'open' &&
      (previous.type === 'name' || previous.type === 'close' || previous.type === 'string')
    ) {
      i = previous.type === 'close' ? matchingBracket(tokens, i - 1) : i - 1;
    } else if (previous.text === '.' && i >= 2) {
      i = tokens[i - 2].type === 'close' ? matchingBracket(tokens, i - 2) : i - 2;
    } else break;
  }
  return i;
}

/** End (exclusive) of the primary that starts at `index`, with unary signs and trailers. */
function primaryEnd(tokens: readonly Token[], index: number): number {
  let i = index;
  while (i < tokens.length && ['-', '+', '~', 'not'].includes(tokens[i].text)) i++;
  if (i >= tokens.length) return tokens.length;
  i = tokens[i].type === 'open' ? matchingBracket(tokens, i) + 1 : i + 1;
  while (i < tokens.length) {
    if (tokens[i].text === '(' || tokens[i].text === '[') i = matchingBracket(tokens, i) + 1;
    else if (tokens[i].text === '.' && i + 1 < tokens.length) i += 2;
    else break;
  }
  return i;
}

function classifyTokens(tokens: readonly Token[]): string {
  if (tokens.length === 0) return 'expression';
  const top = topLevelIndices(tokens);
  const texts = top.map((i) => tokens[i]);
  if (texts.some((t) => t.text === 'lambda')) return 'lambda';
  if (texts.some((t) => t.text === 'if') && texts.some((t) => t.text === 'else')) return 'conditional';
  if (texts.some((t) => t.text === 'or')) return 'or';
  if (texts.some((t) => t.text === 'and')) return 'and';
  if (tokens[0].text === 'not' && !(tokens.length > 1 && tokens[1].text === 'in')) return 'not';
  const comparison = firstComparison(tokens, top);
  if (comparison !== undefined) return comparison;
  for (const level of BINARY_LEVELS) {
    const found = top.find((i) => level.includes(tokens[i].text) && isBinaryPosition(tokens, i));
    if (found !== undefined) return tokens[found].text;
  }
  if (['-', '+', '~'].includes(tokens[0].text)) return `unary ${tokens[0].text}`;
  if (top.some((i) => tokens[i].text === '**')) return '**';
  return classifyPrimary(tokens);
}

function firstComparison(tokens: readonly Token[], top: readonly number[]): string | undefined {
  for (const i of top) {
    const t = tokens[i].text;
    if (t === 'not' && tokens[i + 1]?.text === 'in') return 'not in';
    if (t === 'is' && tokens[i + 1]?.text === 'not') return 'is not';
    if (COMPARISONS.has(t) && tokens[i].type !== 'string') return t;
  }
  return undefined;
}

/** A `-` or `+` after an operand is binary; at the start or after an operator it is a sign. */
function isBinaryPosition(tokens: readonly Token[], index: number): boolean {
  if (index === 0) return false;
  const previous = tokens[index - 1];
  if (previous.type === 'name') return !KEYWORDS.has(previous.text);
  return previous.type === 'number' || previous.type === 'string' || previous.type === 'close';
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'return', 'for']);

/** An atom with trailers: the last trailer is the operation (call, method call, subscript, slice). */
function classifyPrimary(tokens: readonly Token[]): string {
  const last = tokens[tokens.length - 1];
  if (last.type === 'close' && tokens.length > 1) {
    const open = matchingBracket(tokens, tokens.length - 1);
    if (open > 0) {
      const inner = tokens.slice(open + 1, tokens.length - 1);
      if (last.text === ']')
        return topLevelIndices(inner).some((i) => inner[i].text === ':') ? 'slice' : 'subscript';
      if (last.text === ')') return callName(tokens.slice(0, open));
    }
    const display = displayKind(tokens);
    return ['list', 'tuple', 'dict', 'set'].includes(display) ? `${display} display` : display;
  }
  if (tokens.length >= 3 && tokens[tokens.length - 2].text === '.') return 'attribute';
  if (tokens.length === 1) {
    if (tokens[0].type === 'string' && /^[rRbB]?[fF]/.test(tokens[0].text)) return 'f-string';
    return tokens[0].type === 'name' ? VARIABLE_READ : 'literal';
  }
  return 'expression';
}

/** `len(...)` → `len`, `'a'.split(...)` → `str.split`, `f(...)` → `call`. */
function callName(callee: readonly Token[]): string {
  if (callee.length === 1 && callee[0].type === 'name') {
    return BUILTIN_FUNCTIONS.has(callee[0].text) ? callee[0].text : 'call';
  }
  if (callee.length >= 3 && callee[callee.length - 2].text === '.') {
    const method = callee[callee.length - 1].text;
    const receiverType = literalType(callee.slice(0, -2));
    return `${receiverType ?? METHOD_OWNER[method] ?? '?'}.${method}`;
  }
  return 'call';
}

/** The type of a literal receiver (`'ab'`, `[1]`, `{}`), or undefined for anything else. */
function literalType(tokens: readonly Token[]): string | undefined {
  if (tokens.length === 0) return undefined;
  const first = tokens[0];
  if (tokens.length === 1) {
    if (first.type === 'string') return /^[rRuUfF]*[bB]/.test(first.text) ? 'bytes' : 'str';
    if (first.type === 'number')
      return /[.eE]/.test(first.text) && !/^0[xX]/.test(first.text) ? 'float' : 'int';
    if (first.text === 'True' || first.text === 'False') return 'bool';
    return undefined;
  }
  if (first.type !== 'open' || matchingBracket(tokens, 0) !== tokens.length - 1) return undefined;
  const kind = displayKind(tokens);
  // A parenthesised expression is not a display: look inside it.
  if (first.text === '(' && kind !== 'tuple') return literalType(tokens.slice(1, -1));
  return ['list', 'dict', 'set', 'comprehension'].includes(kind) || kind === 'tuple'
    ? listType(kind)
    : undefined;
}

/** A comprehension's receiver type is unknown without its brackets; displays name their type. */
function listType(kind: string): string | undefined {
  return kind === 'comprehension' ? undefined : kind;
}

/** The container a bracketed display builds: `[..]` list, `(a, b)` tuple, `{k: v}` dict, `{a}` set. */
function displayKind(tokens: readonly Token[]): string {
  const inner = tokens.slice(1, -1);
  const top = topLevelIndices(inner).map((i) => inner[i].text);
  if (top.includes('for')) return 'comprehension';
  switch (tokens[0].text) {
    case '[':
      return 'list';
    case '(':
      return inner.length === 0 || top.includes(',') ? 'tuple' : classifyTokens(inner);
    default:
      return inner.length === 0 || top.includes(':') || top.includes('**') ? 'dict' : 'set';
  }
}
