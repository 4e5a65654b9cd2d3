// str.find / rfind / index / rindex / count / startswith / endswith with CPython's index adjustment
// (start may exceed the length, which makes even an empty substring not found).

import { typeOf } from '../../objects/builtin-types.ts';
import { cpIndex, cpLength, hasSurrogates, unitOffset } from '../../objects/code-points.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { asIndex } from '../../objects/subscript.ts';
import { PyTuple, type Kwargs, type NativeImpl, type PyValue } from '../../objects/values.ts';
import { intArg, rangeArgsTakes, selfStr } from './args.ts';

/** CPython's ADJUST_INDICES: negative values count from the end; only `end` is clamped to the length. */
export function adjustIndices(
  startArg: PyValue | undefined,
  endArg: PyValue | undefined,
  len: number,
): [number, number] {
  let start = boundArg(startArg, 0);
  let end = boundArg(endArg, len);
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

function boundArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'bigint' && asIndex(v) === undefined) {
    throw pyError(TypeError, 'slice indices must be integers or None or have an __index__ method');
  }
  return intArg(v);
}

function subArg(v: PyValue): string {
  if (typeof v !== 'string') throw pyError(TypeError, `must be str, not ${typeOf(v).name}`);
  return v;
}

export function strFind(s: string, sub: string, start: number, end: number): number {
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return start;
  const i = s.indexOf(sub, start);
  return i < 0 || i + sub.length > end ? -1 : i;
}

export function strRFind(s: string, sub: string, start: number, end: number): number {
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return end;
  const i = s.lastIndexOf(sub, end - sub.length);
  return i < start ? -1 : i;
}

export function strCount(s: string, sub: string, start: number, end: number): number {
  if (end - start < sub.length) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  let i = s.indexOf(sub, start);
  while (i >= 0 && i + sub.length <= end) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

type SearchKind = 'find' | 'rfind' | 'count';

const SEARCHES: Record<SearchKind, (s: string, sub: string, start: number, end: number) => number> = {
  find: strFind,
  rfind: strRFind,
  count: strCount,
};

/** A search in a string holding astral characters: bounds and the answer are code point indices. */
function searchCodePoints(kind: SearchKind, s: string, sub: string, start: number, end: number): number {
  const subLen = cpLength(sub);
  if (end - start < subLen) return kind === 'count' ? 0 : -1;
  if (subLen === 0) return kind === 'count' ? end - start + 1 : kind === 'find' ? start : end;
  const r = SEARCHES[kind](s, sub, unitOffset(s, start), unitOffset(s, end));
  return kind === 'count' || r < 0 ? r : cpIndex(s, r);
}

function searcher(name: string, kind: SearchKind, raise: boolean): NativeImpl {
  const fn = SEARCHES[kind];
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    rangeArgsTakes(`str.${name}`, name, args, kwargs, 1, 3);
    const sub = subArg(args[1]!);
    const astral = hasSurrogates(s);
    const [start, end] = adjustIndices(args[2], args[3], astral ? cpLength(s) : s.length);
    const r = astral ? searchCodePoints(kind, s, sub, start, end) : fn(s, sub, start, end);
    if (raise && r < 0) throw pyError(ValueError, 'substring not found');
    return BigInt(r);
  };
}

function tailMatch(s: string, prefix: string, start: number, end: number, atEnd: boolean): boolean {
  if (end - start < prefix.length) return false;
  if (prefix.length === 0) return true;
  return atEnd ? s.startsWith(prefix, end - prefix.length) : s.startsWith(prefix, start);
}

/** startswith/endswith on a string holding astral characters, with code point bounds. */
function astralTailMatch(
  s: string,
  what: PyValue,
  start: number,
  end: number,
  atEnd: boolean,
  name: string,
): boolean {
  const prefixes = what instanceof PyTuple ? what.items : [what];
  const unitStart = unitOffset(s, start);
  const unitEnd = unitOffset(s, end);
  for (const p of prefixes) {
    if (typeof p !== 'string') {
      if (what instanceof PyTuple) {
        throw pyError(TypeError, `tuple for ${name} must only contain str, not ${typeOf(p).name}`);
      }
      throw pyError(TypeError, `${name} first arg must be str or a tuple of str, not ${typeOf(p).name}`);
    }
    if (end - start < cpLength(p)) continue;
    if (p.length === 0 || tailMatch(s, p, unitStart, unitEnd, atEnd)) return true;
  }
  return false;
}

function matcher(name: 'startswith' | 'endswith'): NativeImpl {
  const atEnd = name === 'endswith';
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    rangeArgsTakes(`str.${name}`, name, args, kwargs, 1, 3);
    const astral = hasSurrogates(s);
    const [start, end] = adjustIndices(args[2], args[3], astral ? cpLength(s) : s.length);
    const what = args[1]!;
    if (astral) return astralTailMatch(s, what, start, end, atEnd, name);
    if (typeof what === 'string') return tailMatch(s, what, start, end, atEnd);
    if (what instanceof PyTuple) {
      for (const p of what.items) {
        if (typeof p !== 'string') {
          throw pyError(TypeError, `tuple for ${name} must only contain str, not ${typeOf(p).name}`);
        }
        if (tailMatch(s, p, start, end, atEnd)) return true;
      }
      return false;
    }
    throw pyError(TypeError, `${name} first arg must be str or a tuple of str, not ${typeOf(what).name}`);
  };
}

export const searchMethods: Record<string, NativeImpl> = {
  find: searcher('find', 'find', false),
  rfind: searcher('rfind', 'rfind', false),
  index: searcher('index', 'find', true),
  rindex: searcher('rindex', 'rfind', true),
  count: searcher('count', 'count', false),
  startswith: matcher('startswith'),
  endswith: matcher('endswith'),
};
