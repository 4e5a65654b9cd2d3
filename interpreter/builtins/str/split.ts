// str.split / rsplit / splitlines / partition / rpartition / join.

import { typeOf } from '../../objects/builtin-types.ts';
import { PyError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { toArray } from '../../objects/iteration.ts';
import { checkSize } from '../../objects/runtime.ts';
import { PyList, PyTuple, type Kwargs, type NativeImpl, type PyValue } from '../../objects/values.ts';
import { bindKw, exactArgs, intArg, selfStr } from './args.ts';

/** Characters str.isspace() accepts, which is what split() with no separator splits on. */
export const WHITESPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function isSpaceChar(c: string): boolean {
  const n = c.charCodeAt(0);
  if (n < 128) return n === 32 || (n >= 9 && n <= 13) || (n >= 0x1c && n <= 0x1f);
  return WHITESPACE.test(c);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceChar(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    const start = i;
    while (i < n && !isSpaceChar(s[i]!)) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (i >= 0) {
    while (i >= 0 && isSpaceChar(s[i]!)) i--;
    if (i < 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i + 1));
      break;
    }
    const end = i + 1;
    while (i >= 0 && !isSpaceChar(s[i]!)) i--;
    out.push(s.slice(i + 1, end));
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const i = s.indexOf(sep, start);
    if (i < 0) break;
    out.push(s.slice(start, i));
    start = i + sep.length;
  }
  out.push(s.slice(start));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (maxsplit < 0 || out.length < maxsplit) {
    if (end - sep.length < 0) break;
    const i = s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function splitter(name: 'split' | 'rsplit'): NativeImpl {
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    const [sepArg, maxArg] = bindKw(name, args, kwargs, ['sep', 'maxsplit']);
    const maxsplit = maxArg === undefined ? -1 : intArg(maxArg);
    const sep = sepArg ?? null;
    if (sep === null) {
      return new PyList(name === 'split' ? splitWhitespace(s, maxsplit) : rsplitWhitespace(s, maxsplit));
    }
    if (typeof sep !== 'string') throw pyError(TypeError, `must be str or None, not ${typeOf(sep).name}`);
    if (sep.length === 0) throw pyError(ValueError, 'empty separator');
    return new PyList(name === 'split' ? splitSep(s, sep, maxsplit) : rsplitSep(s, sep, maxsplit));
  };
}

function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLineBreak(c)) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (c === 0x0d && eol < n && s.charCodeAt(eol) === 0x0a) eol++;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

function partitionArg(name: string, args: PyValue[], kwargs: Kwargs | null): [string, string] {
  const s = selfStr(name, args);
  exactArgs(`str.${name}`, args, kwargs, 1);
  const sep = args[1]!;
  if (typeof sep !== 'string') throw pyError(TypeError, `must be str, not ${typeOf(sep).name}`);
  if (sep.length === 0) throw pyError(ValueError, 'empty separator');
  return [s, sep];
}

export function joinStrings(sep: string, iterable: PyValue): string {
  let items: PyValue[];
  try {
    items = toArray(iterable);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls === TypeError && /is not iterable$/.test(String(e.exc.args[0]))) {
      throw pyError(TypeError, 'can only join an iterable');
    }
    throw e;
  }
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (typeof item !== 'string') {
      throw pyError(TypeError, `sequence item ${i}: expected str instance, ${typeOf(item).name} found`);
    }
    total += item.length + sep.length;
  }
  checkSize(total);
  return (items as string[]).join(sep);
}

export const splitMethods: Record<string, NativeImpl> = {
  split: splitter('split'),
  rsplit: splitter('rsplit'),
  splitlines(args, kwargs) {
    const s = selfStr('splitlines', args);
    const [keep] = bindKw('splitlines', args, kwargs, ['keepends']);
    const keepends = keep === undefined ? false : intArg(keep) !== 0;
    return new PyList(splitLines(s, keepends));
  },
  partition(args, kwargs) {
    const [s, sep] = partitionArg('partition', args, kwargs);
    const i = s.indexOf(sep);
    if (i < 0) return new PyTuple([s, '', '']);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition(args, kwargs) {
    const [s, sep] = partitionArg('rpartition', args, kwargs);
    const i = s.lastIndexOf(sep);
    if (i < 0) return new PyTuple(['', '', s]);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  join(args, kwargs) {
    const sep = selfStr('join', args);
    exactArgs('str.join', args, kwargs, 1);
    return joinStrings(sep, args[1]!);
  },
};
