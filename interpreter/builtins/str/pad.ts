// Padding and trimming: center, ljust, rjust, zfill, expandtabs, strip, lstrip, rstrip.

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { codePointsOf, cpLength, hasSurrogates } from '../../objects/code-points.ts';
import { checkSize } from '../../objects/runtime.ts';
import type { Kwargs, NativeImpl, PyValue } from '../../objects/values.ts';
import { bindKw, exactArgs, intArg, rangeArgsExpected, selfStr } from './args.ts';
import { isSpaceChar } from './split.ts';

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  if (typeof v !== 'string') {
    throw pyError(TypeError, `The fill character must be a unicode character, not ${typeOf(v).name}`);
  }
  if (Array.from(v).length !== 1)
    throw pyError(TypeError, 'The fill character must be exactly one character long');
  return v;
}

function padder(name: 'center' | 'ljust' | 'rjust'): NativeImpl {
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    rangeArgsExpected(`str.${name}`, name, args, kwargs, 1, 2);
    const width = intArg(args[1]!);
    const fill = fillChar(args[2]);
    const marg = width - cpLength(s);
    if (marg <= 0) return s;
    checkSize(width);
    if (name === 'ljust') return s + fill.repeat(marg);
    if (name === 'rjust') return fill.repeat(marg) + s;
    // CPython's rule: the extra character goes left only when both margin and width are odd.
    const left = (marg >> 1) + (marg & width & 1);
    return fill.repeat(left) + s + fill.repeat(marg - left);
  };
}

export function strZfill(s: string, width: number): string {
  const fill = width - cpLength(s);
  if (fill <= 0) return s;
  checkSize(width);
  const zeros = '0'.repeat(fill);
  if (s[0] === '+' || s[0] === '-') return s[0] + zeros + s.slice(1);
  return zeros + s;
}

export function strExpandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\t') {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      // The second unit of a surrogate pair does not advance the column: Python counts code points.
      const code = c.charCodeAt(0);
      if (c === '\n' || c === '\r') col = 0;
      else if (code < 0xdc00 || code > 0xdfff || i === 0 || !isHighSurrogate(s.charCodeAt(i - 1))) col++;
    }
  }
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** strip() with a `chars` argument on code points, for strings where either side holds surrogates. */
function stripCodePoints(s: string, chars: string, name: 'strip' | 'lstrip' | 'rstrip'): string {
  const points = codePointsOf(s);
  const strip = new Set(Array.from(chars));
  let start = 0;
  let end = points.length;
  if (name !== 'rstrip') while (start < end && strip.has(points[start]!)) start++;
  if (name !== 'lstrip') while (end > start && strip.has(points[end - 1]!)) end--;
  return start === 0 && end === points.length ? s : points.slice(start, end).join('');
}

function stripper(name: 'strip' | 'lstrip' | 'rstrip'): NativeImpl {
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    rangeArgsExpected(`str.${name}`, name, args, kwargs, 0, 1);
    const charsArg = args[1] ?? null;
    let test: (c: string) => boolean;
    if (charsArg === null) test = isSpaceChar;
    else if (typeof charsArg === 'string') {
      if (hasSurrogates(charsArg) || hasSurrogates(s)) return stripCodePoints(s, charsArg, name);
      test = (c) => charsArg.includes(c);
    } else throw pyError(TypeError, `${name} arg must be None or str`);
    let start = 0;
    let end = s.length;
    if (name !== 'rstrip') while (start < end && test(s[start]!)) start++;
    if (name !== 'lstrip') while (end > start && test(s[end - 1]!)) end--;
    return s.slice(start, end);
  };
}

export const padMethods: Record<string, NativeImpl> = {
  center: padder('center'),
  ljust: padder('ljust'),
  rjust: padder('rjust'),
  zfill(args, kwargs) {
    const s = selfStr('zfill', args);
    exactArgs('str.zfill', args, kwargs, 1);
    return strZfill(s, intArg(args[1]!));
  },
  expandtabs(args, kwargs) {
    const s = selfStr('expandtabs', args);
    const [size] = bindKw('expandtabs', args, kwargs, ['tabsize']);
    return strExpandTabs(s, size === undefined ? 8 : intArg(size));
  },
  strip: stripper('strip'),
  lstrip: stripper('lstrip'),
  rstrip: stripper('rstrip'),
};
