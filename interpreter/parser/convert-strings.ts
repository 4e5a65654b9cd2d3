// Converting string literals: plain, raw, bytes, implicit concatenation, and f-strings with conversions,
// nested format specs and `{x=}` (whose text tree-sitter keeps only as tokens).

import type { Node } from 'web-tree-sitter';
import { PyBytes } from '../objects/values.ts';
import type * as A from './ast.ts';
import { expr, rhs } from './convert.ts';
import { decodeEscapes } from './literals.ts';
import { field, type Loc, loc, syntax } from './node-util.ts';

function stringNode(n: Node): { kind: 'str' | 'bytes' | 'f'; parts: (string | A.FormattedValue)[] } {
  const start = n.child(0)!;
  const prefix = start.text.replace(/['"]+$/, '').toLowerCase();
  const raw = prefix.includes('r');
  const isBytes = prefix.includes('b');
  const isF = prefix.includes('f');
  // The closing delimiter is the opening quotes; tree-sitter's string_end token can also hold content (a raw
  // string of only backslashes, `r'\\'`, comes back as start `r'` and end `\\'`).
  const quote = start.text.slice(prefix.length);
  if (!isF) {
    const text = n.text;
    const inner = text.slice(start.text.length, text.length - quote.length);
    return { kind: isBytes ? 'bytes' : 'str', parts: [raw ? inner : decodeEscapes(inner, isBytes, false)] };
  }
  const parts: (string | A.FormattedValue)[] = [];
  const literal = (text: string): string =>
    raw ? text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : decodeEscapes(text, false, true);
  for (let i = 1; i < n.childCount - 1; i++) {
    const c = n.child(i)!;
    if (c.type === 'interpolation') parts.push(...interpolation(c, raw, quote));
    else parts.push(literal(c.text));
  }
  const endText = n.child(n.childCount - 1)!.text;
  if (endText.length > quote.length) parts.push(literal(endText.slice(0, endText.length - quote.length)));
  return { kind: 'f', parts };
}

/**
 * Python 3.11 tokenizes an f-string before parsing its expressions (3.12's grammar, which tree-sitter
 * follows, does not): a backslash, or the f-string's own quote character, inside an expression is a
 * syntax error there.
 */
function checkExpressionText(exprNode: Node, quote: string): void {
  const text = exprNode.text;
  if (text.includes('\\')) syntax('f-string expression part cannot include a backslash', exprNode);
  const end = quote.length === 1 ? text.indexOf(quote) : -1;
  if (end < 0) return;
  // 3.11's string ends at that quote: a bracket still open there is what it reports.
  const open: string[] = [];
  for (const c of text.slice(0, end)) {
    if ('([{'.includes(c)) open.push(c);
    else if (')]}'.includes(c)) open.pop();
  }
  const unclosed = open.pop();
  syntax(unclosed === undefined ? "f-string: expecting '}'" : `f-string: unmatched '${unclosed}'`, exprNode);
}

function interpolation(n: Node, raw: boolean, quote: string): (string | A.FormattedValue)[] {
  const exprNode = field(n, 'expression');
  checkExpressionText(exprNode, quote);
  const value = exprNode.type === 'expression_list' ? rhs(exprNode) : expr(exprNode);
  const convNode = n.childForFieldName('type_conversion');
  let conversion = convNode ? (convNode.text.slice(1) as 'r' | 's' | 'a') : null;
  const specNode = n.childForFieldName('format_specifier');
  const spec = specNode ? formatSpec(specNode, raw, quote) : null;
  const out: (string | A.FormattedValue)[] = [];
  const kids = n.children;
  const eqIndex = kids.findIndex((c) => c !== null && c.type === '=');
  if (eqIndex >= 0) {
    // `{x = }` prints the source text through the `=` and the spaces after it, then repr unless a
    // conversion or spec is given.
    const next = kids[eqIndex + 1] ?? kids[eqIndex]!;
    out.push(n.text.slice(1, next.startIndex - n.startIndex));
    if (conversion === null && spec === null) conversion = 'r';
  }
  out.push({ value, conversion, spec });
  return out;
}

function formatSpec(n: Node, raw: boolean, quote: string): A.JoinedStr {
  const parts: (string | A.FormattedValue)[] = [];
  const text = n.text;
  let pos = n.startIndex + 1; // skip ':'
  const lit = (s: string): void => {
    if (s) parts.push(raw ? s : decodeEscapes(s, false, true));
  };
  for (const c of n.children) {
    if (c === null || c.type === ':') continue;
    lit(text.slice(pos - n.startIndex, c.startIndex - n.startIndex));
    if (c.type === 'format_expression') {
      parts.push(...interpolation(c, raw, quote));
    } else {
      lit(c.text);
    }
    pos = c.endIndex;
  }
  lit(text.slice(pos - n.startIndex));
  return { kind: 'JoinedStr', parts, ...loc(n) };
}

export function strings(nodes: Node[], l: Loc): A.Expr {
  const pieces = nodes.map(stringNode);
  const kinds = new Set(pieces.map((p) => (p.kind === 'f' ? 'str' : p.kind)));
  if (kinds.size > 1) syntax('cannot mix bytes and nonbytes literals', nodes[0]!);
  if (pieces[0]!.kind === 'bytes') {
    const s = pieces.map((p) => p.parts[0] as string).join('');
    const data = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) data[i] = s.charCodeAt(i) & 0xff;
    return { kind: 'Const', value: new PyBytes(data), ...l };
  }
  if (pieces.every((p) => p.kind === 'str')) {
    return { kind: 'Const', value: pieces.map((p) => p.parts[0] as string).join(''), ...l };
  }
  const parts: (string | A.FormattedValue)[] = [];
  for (const p of pieces) {
    for (const part of p.parts) {
      if (typeof part === 'string' && typeof parts[parts.length - 1] === 'string') {
        parts[parts.length - 1] = (parts[parts.length - 1] as string) + part;
      } else if (part !== '') parts.push(part);
    }
  }
  return { kind: 'JoinedStr', parts, ...l };
}
