// Case mapping (upper, lower, casefold, title, capitalize, swapcase) and the is* predicates, following
// CPython's definitions of cased, title-case and numeric characters.

import { NON_PRINTABLE } from '../../objects/str-repr.ts';
import type { Kwargs, NativeImpl, PyValue } from '../../objects/values.ts';
import { exactArgs, selfStr } from './args.ts';
import { isSpaceChar } from './split.ts';
import { DIGIT_EXTRA, FOLD_SPECIAL, NUMERIC_EXTRA, TITLE_SPECIAL } from './unicode-tables.ts';

const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;
const CASED = /[\p{Uppercase}\p{Lowercase}\p{Lt}]/u;
const ALPHA = /\p{L}/u;
const DECIMAL = /\p{Nd}/u;
const NUMBER = /\p{N}/u;
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /\p{XID_Continue}/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isUpperChar(c: string): boolean {
  return c.length === 1 && c.charCodeAt(0) < 128 ? c >= 'A' && c <= 'Z' : UPPER.test(c);
}
function isLowerChar(c: string): boolean {
  return c.length === 1 && c.charCodeAt(0) < 128 ? c >= 'a' && c <= 'z' : LOWER.test(c);
}
function isTitleChar(c: string): boolean {
  return c.charCodeAt(0) >= 128 && TITLE.test(c);
}
function isCased(c: string): boolean {
  return c.length === 1 && c.charCodeAt(0) < 128 ? isUpperChar(c) || isLowerChar(c) : CASED.test(c);
}
function isDecimalChar(c: string): boolean {
  return c.length === 1 && c.charCodeAt(0) < 128 ? c >= '0' && c <= '9' : DECIMAL.test(c);
}
function isDigitChar(c: string): boolean {
  return isDecimalChar(c) || DIGIT_EXTRA.test(c);
}
function isNumericChar(c: string): boolean {
  return isDecimalChar(c) || NUMBER.test(c) || NUMERIC_EXTRA.test(c);
}
function isAlphaChar(c: string): boolean {
  return c.length === 1 && c.charCodeAt(0) < 128 ? isUpperChar(c) || isLowerChar(c) : ALPHA.test(c);
}

export function titleChar(c: string): string {
  return TITLE_SPECIAL[c] ?? c.toUpperCase();
}

const CASE_IGNORABLE = /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:^`\u00ad\u2019]/u;

/** Lower-cases chars[i] with Unicode's Final_Sigma rule, as CPython does in title() and swapcase(). */
function lowerAt(chars: string[], i: number): string {
  const c = chars[i]!;
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j]!)) j--;
  const before = j >= 0 && isCased(chars[j]!);
  let k = i + 1;
  while (k < chars.length && CASE_IGNORABLE.test(chars[k]!)) k++;
  const after = k < chars.length && isCased(chars[k]!);
  return before && !after ? '\u03c2' : '\u03c3';
}

export function strTitle(s: string): string {
  const chars = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    out += prevCased ? lowerAt(chars, i) : titleChar(c);
    prevCased = isCased(c);
  }
  return out;
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  // Lower-case the whole string so final-sigma context still sees the first letter.
  const lower = s.toLowerCase();
  const firstLower = first.toLowerCase();
  const rest = lower.startsWith(firstLower)
    ? lower.slice(firstLower.length)
    : s.slice(first.length).toLowerCase();
  return titleChar(first) + rest;
}

export function strSwapcase(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (isUpperChar(c)) out += lowerAt(chars, i);
    else if (isLowerChar(c)) out += c.toUpperCase();
    else out += c;
  }
  return out;
}

export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) out += FOLD_SPECIAL[c] ?? c.toLowerCase();
  return out;
}

/** True when s is nonempty and every character satisfies `test`. */
function all(s: string, test: (c: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!test(c)) return false;
  return true;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (isLowerChar(c) || isTitleChar(c)) return false;
    if (!cased && isUpperChar(c)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (isUpperChar(c) || isTitleChar(c)) return false;
    if (!cased && isLowerChar(c)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    if (isUpperChar(c) || isTitleChar(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerChar(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function strIsIdentifier(s: string): boolean {
  let first = true;
  for (const c of s) {
    if (first ? !ID_START.test(c) : !ID_CONTINUE.test(c)) return false;
    first = false;
  }
  return !first;
}

function noArgs(name: string, fn: (s: string) => PyValue): NativeImpl {
  return (args: PyValue[], kwargs: Kwargs | null) => {
    const s = selfStr(name, args);
    exactArgs(`str.${name}`, args, kwargs, 0);
    return fn(s);
  };
}

export const caseMethods: Record<string, NativeImpl> = {
  upper: noArgs('upper', (s) => s.toUpperCase()),
  lower: noArgs('lower', (s) => s.toLowerCase()),
  casefold: noArgs('casefold', strCasefold),
  title: noArgs('title', strTitle),
  capitalize: noArgs('capitalize', strCapitalize),
  swapcase: noArgs('swapcase', strSwapcase),
  isupper: noArgs('isupper', strIsUpper),
  islower: noArgs('islower', strIsLower),
  istitle: noArgs('istitle', strIsTitle),
  isspace: noArgs('isspace', (s) => all(s, isSpaceChar)),
  isalpha: noArgs('isalpha', (s) => all(s, isAlphaChar)),
  isdecimal: noArgs('isdecimal', (s) => all(s, isDecimalChar)),
  isdigit: noArgs('isdigit', (s) => all(s, isDigitChar)),
  isnumeric: noArgs('isnumeric', (s) => all(s, isNumericChar)),
  isalnum: noArgs('isalnum', (s) => all(s, (c) => isAlphaChar(c) || isNumericChar(c))),
  isascii: noArgs('isascii', (s) => ASCII_ONLY.test(s)),
  isidentifier: noArgs('isidentifier', strIsIdentifier),
  isprintable: noArgs('isprintable', (s) => {
    for (const c of s) if (c !== ' ' && NON_PRINTABLE.test(c)) return false;
    return true;
  }),
};
