// The search loops behind match/search/fullmatch/findall/finditer/sub/split. The JavaScript engine works
// in UTF-16 units; `Positions` converts pos/endpos in and spans out, so Python sees code points.

import { isCallable } from '../../builtins/functions.ts';
import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { callValue } from '../../objects/runtime.ts';
import { requireIndex } from '../../objects/subscript.ts';
import { installIteratorMethods } from '../../objects/iteration.ts';
import { PyBytes, PyIterator, PyList, PyTuple, type PyValue } from '../../objects/values.ts';
import type { PyType } from '../../objects/type.ts';
import { makeClass } from '../module.ts';
import { PyMatch, type PyPattern, requireString } from './objects.ts';
import { Positions } from './positions.ts';
import { expandTemplate, parseTemplate } from './template.ts';

/** The string with the searched slice: `pos`/`endpos` in code points and in units. */
export interface Range {
  at: Positions;
  pos: number;
  endpos: number;
  unitPos: number;
  unitEnd: number;
  /** The string cut at endpos (what the engine sees: `$` and lookaheads stop there). */
  subject: string;
}

export function range(string: PyValue, pos?: PyValue, endpos?: PyValue): Range {
  const at = new Positions(requireString(string));
  const clamp = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    const i = Number(requireIndex(v));
    return i < 0 ? 0 : i > at.length ? at.length : i;
  };
  const start = clamp(pos, 0);
  const end = Math.max(start, clamp(endpos, at.length));
  const unitEnd = at.toUnit(end);
  return {
    at,
    pos: start,
    endpos: end,
    unitPos: at.toUnit(start),
    unitEnd,
    subject: unitEnd === at.s.length ? at.s : at.s.slice(0, unitEnd),
  };
}

function exec(p: PyPattern, re: RegExp, r: Range, unit: number): RegExpExecArray | null {
  re.lastIndex = unit;
  let m = re.exec(r.subject);
  // V8 may report an empty match between the two halves of a surrogate pair (zero-width assertions
  // are tried there); no Python position lies there, so the search goes on after it.
  while (m !== null && r.at.astral && isInsidePair(r.subject, m.index)) {
    re.lastIndex = m.index + 1;
    m = re.global ? re.exec(r.subject) : null;
  }
  if (m !== null && p.t.repeatBodies.length > 0) p.recoverRepeats(m, r.subject, r.at);
  return m;
}

function isInsidePair(s: string, unit: number): boolean {
  return (s.charCodeAt(unit) & 0xfc00) === 0xdc00 && (s.charCodeAt(unit - 1) & 0xfc00) === 0xd800;
}

export function matchAt(p: PyPattern, kind: 'match' | 'search' | 'fullmatch', r: Range): PyMatch | null {
  const re = kind === 'search' ? p.search : kind === 'match' ? p.sticky : p.full;
  const m = exec(p, re, r, r.unitPos);
  return m === null ? null : new PyMatch(p, r.at, r.pos, r.endpos, m);
}

/**
 * Every non-overlapping match, as CPython finds them: after an empty match at p the next match may still
 * start at p if it is not empty, otherwise the search resumes one character later.
 */
export function* allMatches(p: PyPattern, r: Range): Generator<RegExpExecArray> {
  let unit = r.unitPos;
  let afterEmpty = false;
  while (unit <= r.unitEnd) {
    let m: RegExpExecArray | null;
    if (afterEmpty) {
      afterEmpty = false;
      m = p.t.emptyMayHideLonger ? exec(p, p.nonEmptyAt(r.at.toCp(unit)), r, unit) : null;
      if (m === null) {
        // Step over a whole character: stopping inside a surrogate pair would let the search snap back
        // to the pair's start and find the same empty match forever.
        unit += (r.subject.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
        if (unit > r.unitEnd) return;
        m = exec(p, p.search, r, unit);
      }
    } else m = exec(p, p.search, r, unit);
    if (m === null) return;
    yield m;
    const end = m.index + m[0]!.length;
    afterEmpty = end === m.index;
    unit = end;
  }
}

export function groupsOf(match: PyMatch, dflt: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 1; i <= match.re.t.groups; i++) out.push(match.group(i, dflt));
  return out;
}

export function findall(p: PyPattern, r: Range): PyValue {
  const out: PyValue[] = [];
  const groups = p.t.groups;
  for (const m of allMatches(p, r)) {
    if (groups === 0) out.push(m[0]!);
    else if (groups === 1) out.push(m.groups![p.keys[1]!] ?? '');
    else {
      const items: PyValue[] = [];
      for (let i = 1; i <= groups; i++) items.push(m.groups![p.keys[i]!] ?? '');
      out.push(new PyTuple(items));
    }
  }
  return new PyList(out);
}

const iteratorType = makeClass('callable_iterator', 'builtins');
installIteratorMethods(iteratorType);

export function finditer(p: PyPattern, r: Range): PyValue {
  const gen = allMatches(p, r);
  return new PyIterator(iteratorType, () => {
    const n = gen.next();
    return n.done ? undefined : new PyMatch(p, r.at, r.pos, r.endpos, n.value);
  });
}

export function subn(
  p: PyPattern,
  repl: PyValue,
  string: PyValue,
  countArg: PyValue | undefined,
  errorType: PyType,
): [string, number] {
  const template = typeof repl === 'string' ? parseTemplate(p, repl, errorType) : null;
  // A bytes replacement is taken literally by CPython and then fails the final join.
  const literal = repl instanceof PyBytes ? repl : null;
  if (template === null && literal === null && !isCallable(repl)) {
    throw pyError(TypeError, `decoding to str: need a bytes-like object, ${typeOf(repl).name} found`);
  }
  const r = range(string);
  const limit = countArg === undefined ? 0 : Number(requireIndex(countArg));
  // CPython collects the pieces and joins them, so a replacement that is not a str fails at the end,
  // naming its place in that list; None stands for nothing.
  const pieces: PyValue[] = [];
  let last = 0;
  let n = 0;
  if (limit >= 0) {
    for (const m of allMatches(p, r)) {
      if (limit > 0 && n >= limit) break;
      if (m.index > last) pieces.push(r.at.s.slice(last, m.index));
      const match = new PyMatch(p, r.at, 0, r.at.length, m);
      const piece =
        template !== null ? expandTemplate(match, template) : (literal ?? callValue(repl, [match]));
      if (piece !== null && piece !== '') pieces.push(piece);
      last = m.index + m[0]!.length;
      n++;
    }
  }
  if (last < r.at.s.length) pieces.push(r.at.s.slice(last));
  let out = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (typeof piece !== 'string') {
      throw pyError(TypeError, `sequence item ${i}: expected str instance, ${typeOf(piece).name} found`);
    }
    out += piece;
  }
  return [out, n];
}

export function split(p: PyPattern, string: PyValue, maxsplitArg: PyValue | undefined): PyValue {
  const r = range(string);
  const maxsplit = maxsplitArg === undefined ? 0 : Number(requireIndex(maxsplitArg));
  const out: PyValue[] = [];
  let last = 0;
  let n = 0;
  if (maxsplit >= 0) {
    for (const m of allMatches(p, r)) {
      if (maxsplit > 0 && n >= maxsplit) break;
      out.push(r.at.s.slice(last, m.index));
      for (let i = 1; i <= p.t.groups; i++) out.push(m.groups![p.keys[i]!] ?? null);
      last = m.index + m[0]!.length;
      n++;
    }
  }
  out.push(r.at.s.slice(last));
  return new PyList(out);
}
