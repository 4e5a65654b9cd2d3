// str.find / rfind / index / rindex / count / startswith / endswith with CPython's index adjustment
// (start may exceed the length, which makes even an empty substring not found).

import { typeOf } from '../../objects/builtin-types.ts';
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

function searcher(
  name: string,
  fn: (s: string, sub: string, start: number, end: number) => number,
  raise: boolean,
): NativeImpl {
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    rangeArgsTakes(`str.${name}`, name, args, kwargs, 1, 3);
    const sub = subArg(args[1]!);
    const [start, end] = adjustIndices(args[2], args[3], s.length);
    const r = fn(s, sub, start, end);
    if (raise && r < 0) throw pyError(ValueError, 'substring not found');
    return BigInt(r);
  };
}

function tailMatch(s: string, prefix: string, start: number, end: number, atEnd: boolean): boolean {
  if (end - start < prefix.length) return false;
  if (prefix.length === 0) return true;
  return atEnd ? s.startsWith(prefix, end - prefix.length) : s.startsWith(prefix, start);
}

function matcher(name: 'startswith' | 'endswith'): NativeImpl {
  const atEnd = name === 'endswith';
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    rangeArgsTakes(`str.${name}`, name, args, kwargs, 1, 3);
    const [start, end] = adjustIndices(args[2], args[3], s.length);
    const what = args[1]!;
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
  find: searcher('find', strFind, false),
  rfind: searcher('rfind', strRFind, false),
  index: searcher('index', strFind, true),
  rindex: searcher('rindex', strRFind, true),
  count: searcher('count', strCount, false),
  startswith: matcher('startswith'),
  endswith: matcher('endswith'),
};
