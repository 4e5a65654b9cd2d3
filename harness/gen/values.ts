// The values input generation works with: Python literals as plain data. Seed inputs are evaluated by the
// interpreter and read back from their repr; drawn inputs are rendered as Python literals with CPython's
// repr rules, so a drawn call reads exactly like a CRUXEval input.

import { floatRepr } from '../../interpreter/objects/float-repr.ts';
import { strRepr } from '../../interpreter/objects/str-repr.ts';
import type { SyntaxNode } from './syntax.ts';

export type GenValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'list' | 'tuple' | 'set'; items: GenValue[] }
  | { kind: 'dict'; entries: [GenValue, GenValue][] }
  /** A value without a literal we can vary (a frozenset, a float('inf')): kept verbatim. */
  | { kind: 'opaque'; text: string };

/** The value as Python source; equal to CPython's repr for everything but opaque values. */
export function renderValue(v: GenValue): string {
  switch (v.kind) {
    case 'int':
      return v.value.toString();
    case 'float':
      return Number.isFinite(v.value) ? floatRepr(v.value) : `float('${floatRepr(v.value)}')`;
    case 'str':
      return strRepr(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'list':
      return `[${v.items.map(renderValue).join(', ')}]`;
    case 'tuple':
      return v.items.length === 1
        ? `(${renderValue(v.items[0])},)`
        : `(${v.items.map(renderValue).join(', ')})`;
    case 'set':
      return v.items.length === 0 ? 'set()' : `{${v.items.map(renderValue).join(', ')}}`;
    case 'dict':
      return `{${v.entries.map(([k, x]) => `${renderValue(k)}: ${renderValue(x)}`).join(', ')}}`;
    case 'opaque':
      return v.text;
  }
}

/**
 * A key standing for Python equality of hashable values, so drawn dict keys and set items stay distinct
 * the way Python sees them (`1`, `1.0` and `True` are one key).
 */
export function identityKey(v: GenValue): string {
  switch (v.kind) {
    case 'bool':
      return v.value ? 'n:1' : 'n:0';
    case 'int':
      return `n:${v.value}`;
    case 'float':
      return Number.isInteger(v.value) ? `n:${BigInt(v.value)}` : `f:${v.value}`;
    case 'tuple':
      return `t(${v.items.map(identityKey).join(',')})`;
    default:
      return `${v.kind}:${renderValue(v)}`;
  }
}

/** Reads a literal expression (a repr, a default value); null for anything that is not a plain literal. */
export function readLiteral(node: SyntaxNode): GenValue | null {
  switch (node.type) {
    case 'integer':
      return readInteger(node.text);
    case 'float': {
      const text = node.text.replace(/_/g, '');
      return /[jJ]$/.test(text) ? null : { kind: 'float', value: Number(text) };
    }
    case 'string':
      return readString(node.text);
    case 'true':
      return { kind: 'bool', value: true };
    case 'false':
      return { kind: 'bool', value: false };
    case 'none':
      return { kind: 'none' };
    case 'parenthesized_expression':
      return node.namedChildren.length === 1 ? readLiteral(node.namedChildren[0]!) : null;
    case 'unary_operator':
      return readNegated(node);
    case 'list':
    case 'tuple':
    case 'set':
      return readItems(node.type, node.namedChildren);
    case 'dictionary':
      return readDict(node);
    case 'call':
      return readEmptyCall(node);
    default:
      return null;
  }
}

function readInteger(raw: string): GenValue | null {
  const text = raw.replace(/_/g, '');
  if (/[jJ]$/.test(text)) return null;
  try {
    // BigInt accepts 0x/0o/0b prefixes; Python's legacy leading-zero octal is a syntax error anyway.
    return { kind: 'int', value: BigInt(text) };
  } catch {
    return null;
  }
}

function readNegated(node: SyntaxNode): GenValue | null {
  const operator = node.childForFieldName('operator')?.text;
  const argument = node.childForFieldName('argument');
  if (argument === null) return null;
  const inner = readLiteral(argument);
  if (inner === null) return null;
  if (operator === '+' && (inner.kind === 'int' || inner.kind === 'float')) return inner;
  if (operator !== '-') return null;
  if (inner.kind === 'int') return { kind: 'int', value: -inner.value };
  if (inner.kind === 'float') return { kind: 'float', value: -inner.value };
  return null;
}

function readItems(kind: 'list' | 'tuple' | 'set', children: SyntaxNode[]): GenValue | null {
  const items: GenValue[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    const item = readLiteral(child);
    if (item === null) return null;
    items.push(item);
  }
  return { kind, items };
}

function readDict(node: SyntaxNode): GenValue | null {
  const entries: [GenValue, GenValue][] = [];
  for (const pair of node.namedChildren) {
    if (pair.type === 'comment') continue;
    if (pair.type !== 'pair') return null;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    const k = key === null ? null : readLiteral(key);
    const v = value === null ? null : readLiteral(value);
    if (k === null || v === null) return null;
    entries.push([k, v]);
  }
  return { kind: 'dict', entries };
}

/** `set()` is how repr writes an empty set; other calls are not literals. */
function readEmptyCall(node: SyntaxNode): GenValue | null {
  const fn = node.childForFieldName('function')?.text;
  const args = node.childForFieldName('arguments');
  if (fn === 'set' && args !== null && args.namedChildren.length === 0) return { kind: 'set', items: [] };
  return null;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/** Decodes a str literal's source text; null for bytes, f-strings and escapes we do not decode. */
export function readString(text: string): GenValue | null {
  const m = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(text);
  if (m === null) return null;
  const body = m[3];
  if (m[1].toLowerCase() === 'r') return { kind: 'str', value: body };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return null;
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i++;
      continue;
    }
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 2, i + 2 + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return null;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + width;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1));
    if (octal !== null) {
      out += String.fromCodePoint(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    // Python keeps unknown escapes as written (with a warning).
    out += '\\';
  }
  return { kind: 'str', value: out };
}
