// Converting `match` statements and their patterns. Tree-sitter leaves `case _`, minus signs of literal
// patterns and parenthesized single patterns as unnamed tokens, so those are read from the token sequence.

import type { Node } from 'web-tree-sitter';
import type * as A from './ast.ts';
import { body, expr } from './convert.ts';
import { parseFloatLiteral, parseIntLiteral } from './literals.ts';
import { field, loc, named, newAttribute, newName, unsupported } from './node-util.ts';

export function matchStmt(n: Node): A.Match {
  const subjects = n.childrenForFieldName('subject');
  const subject: A.Expr =
    subjects.length === 1 && !n.children.some((c) => c !== null && c.type === ',')
      ? expr(subjects[0]!)
      : { kind: 'Tuple', elts: subjects.map(expr), ...loc(n) };
  const cases: A.MatchCase[] = [];
  for (const c of field(n, 'body').childrenForFieldName('alternative')) {
    const pats = named(c).filter((k) => k.type === 'case_pattern');
    const hasComma = c.children.some((k) => k !== null && k.type === ',');
    const pattern: A.Pattern =
      pats.length === 1 && !hasComma
        ? casePattern(pats[0]!)
        : { kind: 'MatchSequence', patterns: pats.map(casePattern), ...loc(c) };
    const guard = c.childForFieldName('guard');
    cases.push({
      pattern,
      guard: guard ? expr(named(guard)[0]!) : null,
      body: body(field(c, 'consequence')),
      ...loc(c),
    });
  }
  return { kind: 'Match', subject, cases, ...loc(n) };
}

function casePattern(n: Node): A.Pattern {
  const l = loc(n);
  if (n.type !== 'case_pattern') return pattern(n);
  const kids = n.children.filter((c): c is Node => c !== null && c.type !== 'comment');
  if (kids.length === 1 && kids[0]!.type === '_') return { kind: 'MatchAs', pattern: null, name: null, ...l };
  if (kids.length === 2 && kids[0]!.type === '-') {
    const v = literalValue(kids[1]!);
    const value: A.Expr = { kind: 'UnaryOp', op: '-', operand: { kind: 'Const', value: v, ...l }, ...l };
    return { kind: 'MatchValue', value, ...l };
  }
  if (kids.length !== 1) unsupported('this pattern', n);
  return pattern(kids[0]!);
}

function literalValue(n: Node): bigint | number {
  if (n.type === 'integer' && !/[jJ]$/.test(n.text)) return parseIntLiteral(n.text);
  if (n.type === 'float' && !/[jJ]$/.test(n.text)) return parseFloatLiteral(n.text);
  return unsupported('a complex literal pattern', n);
}

function pattern(n: Node): A.Pattern {
  const l = loc(n);
  switch (n.type) {
    case 'case_pattern':
      return casePattern(n);
    case 'dotted_name': {
      const ids = named(n);
      if (ids.length === 1) {
        return { kind: 'MatchAs', pattern: null, name: newName(ids[0]!.text, loc(ids[0]!)), ...l };
      }
      let value: A.Expr = newName(ids[0]!.text, loc(ids[0]!));
      for (const id of ids.slice(1)) value = newAttribute(value, id.text, loc(id));
      return { kind: 'MatchValue', value, ...l };
    }
    case 'integer':
    case 'float':
    case 'string':
    case 'concatenated_string':
      return { kind: 'MatchValue', value: expr(n), ...l };
    case 'none':
      return { kind: 'MatchSingleton', value: null, ...l };
    case 'true':
      return { kind: 'MatchSingleton', value: true, ...l };
    case 'false':
      return { kind: 'MatchSingleton', value: false, ...l };
    case 'list_pattern':
    case 'tuple_pattern': {
      const pats = named(n).filter((k) => k.type === 'case_pattern' || k.type === 'splat_pattern');
      const hasComma = n.children.some((k) => k !== null && k.type === ',');
      if (n.type === 'tuple_pattern' && pats.length === 1 && !hasComma) return pattern(pats[0]!);
      return { kind: 'MatchSequence', patterns: pats.map(pattern), ...l };
    }
    case 'splat_pattern': {
      const id = named(n)[0];
      const name = id && id.text !== '_' ? newName(id.text, loc(id)) : null;
      if (n.children.some((c) => c !== null && c.type === '**')) unsupported('this pattern', n);
      return { kind: 'MatchStar', name, ...l };
    }
    case 'dict_pattern': {
      const keys: A.Expr[] = [];
      const patterns: A.Pattern[] = [];
      let rest: A.Name | null = null;
      for (let i = 0; i < n.childCount; i++) {
        const c = n.child(i)!;
        const f = n.fieldNameForChild(i);
        if (f === 'key') {
          const kids = c.children.filter((k): k is Node => k !== null);
          if (c.type === 'case_pattern' || kids[0]?.type === '-') {
            const p = casePattern(c);
            if (p.kind !== 'MatchValue' && p.kind !== 'MatchSingleton') unsupported('this mapping key', c);
            keys.push(p.kind === 'MatchValue' ? p.value : { kind: 'Const', value: p.value, ...loc(c) });
          } else if (c.type === 'dotted_name') {
            const p = pattern(c);
            keys.push(p.kind === 'MatchValue' ? p.value : (p as A.MatchAs).name!);
          } else keys.push(expr(c));
        } else if (f === 'value') patterns.push(pattern(c));
        else if (c.type === 'splat_pattern') {
          const id = named(c)[0]!;
          rest = newName(id.text, loc(id));
        }
      }
      return { kind: 'MatchMapping', keys, patterns, rest, ...l };
    }
    case 'class_pattern': {
      const kids = named(n);
      const clsNode = kids[0]!;
      const ids = named(clsNode);
      let cls: A.Expr = newName(ids[0]!.text, loc(ids[0]!));
      for (const id of ids.slice(1)) cls = newAttribute(cls, id.text, loc(id));
      const patterns: A.Pattern[] = [];
      const kwdNames: string[] = [];
      const kwdPatterns: A.Pattern[] = [];
      for (const c of kids.slice(1)) {
        const inner = c.type === 'case_pattern' ? named(c)[0] : c;
        if (inner && inner.type === 'keyword_pattern') {
          const parts = named(inner);
          kwdNames.push(parts[0]!.text);
          kwdPatterns.push(keywordPatternValue(inner));
        } else patterns.push(pattern(c));
      }
      return { kind: 'MatchClass', cls, patterns, kwdNames, kwdPatterns, ...l };
    }
    case 'union_pattern':
      return { kind: 'MatchOr', patterns: named(n).map(pattern), ...l };
    case 'as_pattern': {
      const kids = named(n);
      const id = kids[kids.length - 1]!;
      return { kind: 'MatchAs', pattern: pattern(kids[0]!), name: newName(id.text, loc(id)), ...l };
    }
    case 'complex_pattern':
      return unsupported('a complex literal pattern', n);
    default:
      return unsupported(`pattern ${n.type}`, n);
  }
}

/** `name=pattern` inside a class pattern; the pattern may be a bare literal or `-1`. */
function keywordPatternValue(n: Node): A.Pattern {
  const kids = n.children.filter((c): c is Node => c !== null && c.type !== 'comment');
  const rest = kids.slice(2); // name, '='
  if (rest.length === 2 && rest[0]!.type === '-') {
    const l = loc(rest[0]!);
    const value: A.Expr = {
      kind: 'UnaryOp',
      op: '-',
      operand: { kind: 'Const', value: literalValue(rest[1]!), ...l },
      ...l,
    };
    return { kind: 'MatchValue', value, ...l };
  }
  if (rest.length === 1 && rest[0]!.type === '_')
    return { kind: 'MatchAs', pattern: null, name: null, ...loc(rest[0]!) };
  return pattern(rest[0]!);
}
