// Parsing for int(str, base) and float(str), with CPython's accepted syntax (underscores between digits,
// base prefixes, surrounding whitespace, inf/nan spellings) and its exact error messages.

import { ValueError, pyError } from '../objects/exceptions.ts';
import { repr } from '../objects/repr.ts';

/** CPython's int<->str conversion limit (sys.get_int_max_str_digits(), default 4300). */
export const INT_MAX_STR_DIGITS = 4300;

const WHITESPACE = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;

export function stripPyWhitespace(s: string): string {
  return s.replace(WHITESPACE, '');
}

const NON_ASCII = /[^\x00-\x7f]/;
const UNICODE_DIGIT = /\p{Nd}/u;

/**
 * Replaces every Unicode decimal digit (`'١٢٣'`, `'𝟏'`) by its ASCII digit, as CPython does before parsing
 * int() and float() text. Decimal digits come in contiguous runs of ten starting at zero, and adjacent
 * runs are whole runs, so a digit's value is its distance from the start of its block, modulo 10.
 */
function asciiDigits(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80 || !UNICODE_DIGIT.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    let start = cp;
    while (UNICODE_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}

function invalidInt(shown: string, base: number): never {
  throw pyError(ValueError, `invalid literal for int() with base ${base}: ${shown}`);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * `int(s, base)`; base 0 means "infer from the prefix, as in Python source". `shown` is how an error
 * message shows the argument (a bytes argument shows as its bytes literal).
 */
export function parseIntLiteral(original: string, base: number, shown = repr(original)): bigint {
  if (base !== 0 && (base < 2 || base > 36))
    throw pyError(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  let s = stripPyWhitespace(asciiDigits(original));
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  const prefix = s.slice(0, 2).toLowerCase();
  const prefixBase = prefix === '0x' ? 16 : prefix === '0o' ? 8 : prefix === '0b' ? 2 : 0;
  let allowLeadingUnderscore = false;
  if (prefixBase !== 0 && (base === 0 || base === prefixBase)) {
    b = prefixBase;
    s = s.slice(2);
    allowLeadingUnderscore = true;
  } else if (base === 0) {
    b = 10;
    // Base 0 follows Python source rules: no leading zeros on a non-zero decimal.
    if (/^0[0-9_]*$/.test(s) && !/^0(_?0)*$/.test(s)) invalidInt(shown, base);
  }
  if (s.length === 0) invalidInt(shown, base);
  if (s[0] === '_' && !allowLeadingUnderscore) invalidInt(shown, base);
  let digits = '';
  let prevUnderscore = allowLeadingUnderscore;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore && i > 0) invalidInt(shown, base);
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= b) invalidInt(shown, base);
    digits += s[i];
    prevUnderscore = false;
  }
  if (prevUnderscore || digits.length === 0) invalidInt(shown, base);
  if ((b & (b - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS) {
    throw pyError(
      ValueError,
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16) v = BigInt('0x' + digits);
  else if (b === 8) v = BigInt('0o' + digits);
  else if (b === 2) v = BigInt('0b' + digits);
  else {
    v = 0n;
    const bb = BigInt(b);
    for (let i = 0; i < digits.length; i++) v = v * bb + BigInt(digitValue(digits.charCodeAt(i)));
  }
  return neg ? -v : v;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** `float(s)`; `shown` as for parseIntLiteral. */
export function parseFloatLiteral(original: string, shown = repr(original)): number {
  const s = stripPyWhitespace(asciiDigits(original));
  const special = SPECIAL.exec(s);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!FLOAT_SYNTAX.test(s)) {
    throw pyError(ValueError, `could not convert string to float: ${shown}`);
  }
  return Number.parseFloat(s.replace(/_/g, ''));
}
