// `match` statements (PEP 634): literal, capture, wildcard, value, sequence (with star), mapping (with
// **rest), class (positional via __match_args__), or- and as-patterns, and guards.

import {
  boolType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  setType,
  strType,
  tupleType,
  typeOf,
} from '../objects/builtin-types.ts';
import { pyEq } from '../objects/equality.ts';
import { TypeError, pyError } from '../objects/exceptions.ts';
import { toArray } from '../objects/iteration.ts';
import { PyType } from '../objects/type.ts';
import { PyDict, PyList, PyRange, PyTuple, type PyValue } from '../objects/values.ts';
import type { Match, MatchCase, Pattern } from '../parser/ast.ts';
import { getAttrOrUndefined } from './attributes.ts';
import { evalExpr, isTrue } from './expressions.ts';
import { NORMAL, S, type Completion, type Frame } from './frame.ts';
import { storeName } from './names.ts';
import { execBlock } from './statements.ts';
import { emitBranch } from './trace.ts';

export function execMatch(s: Match, f: Frame): Completion {
  const c = selectCase(s, evalExpr(s.subject, f), f);
  return c === null ? NORMAL : execBlock(c.body, f);
}

/** The first case whose pattern matches (binding its captures) and whose guard holds; null when none. */
export function selectCase(s: Match, subject: PyValue, f: Frame): MatchCase | null {
  for (const c of s.cases) {
    let ok = matchPattern(c.pattern, subject, f);
    if (ok && c.guard !== null) ok = isTrue(evalExpr(c.guard, f));
    if (S.sink !== null) emitBranch('match-case', s, subject, ok, f);
    if (ok) return c;
  }
  return null;
}

/** Builtin types whose single positional sub-pattern matches the subject itself. */
const SELF_MATCHING = new Set<PyType>([
  boolType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  setType,
  strType,
  tupleType,
]);

function isSequence(v: PyValue): v is PyList | PyTuple | PyRange {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange;
}

function matchPattern(p: Pattern, v: PyValue, f: Frame): boolean {
  switch (p.kind) {
    case 'MatchValue':
      return pyEq(v, evalExpr(p.value, f));
    case 'MatchSingleton':
      return v === p.value;
    case 'MatchAs':
      if (p.pattern !== null && !matchPattern(p.pattern, v, f)) return false;
      if (p.name !== null) storeName(p.name, v, f);
      return true;
    case 'MatchOr':
      for (const q of p.patterns) if (matchPattern(q, v, f)) return true;
      return false;
    case 'MatchSequence': {
      if (!isSequence(v)) return false;
      const items = v instanceof PyRange ? toArray(v) : v.items;
      const star = p.patterns.findIndex((q) => q.kind === 'MatchStar');
      const n = p.patterns.length;
      if (star < 0) {
        if (items.length !== n) return false;
        for (let i = 0; i < n; i++) if (!matchPattern(p.patterns[i]!, items[i]!, f)) return false;
        return true;
      }
      if (items.length < n - 1) return false;
      const after = n - star - 1;
      for (let i = 0; i < star; i++) if (!matchPattern(p.patterns[i]!, items[i]!, f)) return false;
      for (let i = 0; i < after; i++) {
        if (!matchPattern(p.patterns[star + 1 + i]!, items[items.length - after + i]!, f)) return false;
      }
      const starPattern = p.patterns[star]!;
      if (starPattern.kind === 'MatchStar' && starPattern.name !== null) {
        storeName(starPattern.name, new PyList(items.slice(star, items.length - after)), f);
      }
      return true;
    }
    case 'MatchStar':
      return true;
    case 'MatchMapping': {
      if (!(v instanceof PyDict)) return false;
      const seen: PyValue[] = [];
      for (let i = 0; i < p.keys.length; i++) {
        const key = evalExpr(p.keys[i]!, f);
        seen.push(key);
        const entry = v.table.getEntry(key);
        if (entry === undefined) return false;
        if (!matchPattern(p.patterns[i]!, entry.value, f)) return false;
      }
      if (p.rest !== null) {
        const rest = new PyDict();
        for (const { key, value } of v.table.toArray()) {
          if (!seen.some((k) => pyEq(k, key))) rest.table.set(key, value);
        }
        storeName(p.rest, rest, f);
      }
      return true;
    }
    case 'MatchClass': {
      const cls = evalExpr(p.cls, f);
      if (!(cls instanceof PyType)) throw pyError(TypeError, 'called match pattern must be a class');
      if (!typeOf(v).isSubtypeOf(cls)) return false;
      if (p.patterns.length > 0) {
        if (SELF_MATCHING.has(cls) && !cls.isSubtypeOf(PyType.typeType)) {
          if (p.patterns.length > 1) {
            throw pyError(
              TypeError,
              `${cls.name}() accepts 1 positional sub-pattern (${p.patterns.length} given)`,
            );
          }
          if (!matchPattern(p.patterns[0]!, v, f)) return false;
        } else {
          const ma = getAttrOrUndefined(cls, '__match_args__');
          const names = ma instanceof PyTuple ? ma.items : [];
          if (p.patterns.length > names.length) {
            throw pyError(
              TypeError,
              `${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${p.patterns.length} given)`,
            );
          }
          for (let i = 0; i < p.patterns.length; i++) {
            const name = names[i];
            if (typeof name !== 'string') throw pyError(TypeError, '__match_args__ elements must be strings');
            const attr = getAttrOrUndefined(v, name);
            if (attr === undefined || !matchPattern(p.patterns[i]!, attr, f)) return false;
          }
        }
      }
      for (let i = 0; i < p.kwdNames.length; i++) {
        const attr = getAttrOrUndefined(v, p.kwdNames[i]!);
        if (attr === undefined || !matchPattern(p.kwdPatterns[i]!, attr, f)) return false;
      }
      return true;
    }
  }
}
