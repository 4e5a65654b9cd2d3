// The pieces the translator emits: escapes read from a Python pattern, category sets, and characters
// written so that they are valid both inside and outside a JavaScript `v`-mode class.

/** A syntax error in the pattern: CPython's re.error message and position (null when it has none). */
export class RegexSyntaxError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {
    super(pos === null ? msg : `${msg} at position ${pos}`);
  }
}

export function fail(msg: string, pos: number | null): never {
  throw new RegexSyntaxError(msg, pos);
}

/** One character, or a category set given as the body of a JavaScript class (negated when `negate`). */
export type Item = { kind: 'char'; cp: number } | { kind: 'set'; body: string; negate: boolean };

const SPACE_U = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** `\d` `\w` `\s` and their negations; Unicode classes unless re.ASCII. Python's \w is str.isalnum or _. */
export function category(letter: string, ascii: boolean): Item | null {
  const lower = letter.toLowerCase();
  let body: string;
  if (lower === 'd') body = ascii ? '0-9' : '\\p{Nd}';
  else if (lower === 'w') body = wordBody(ascii);
  else if (lower === 's') body = ascii ? '\\t-\\r ' : SPACE_U;
  else return null;
  return { kind: 'set', body, negate: letter !== lower };
}

export function wordBody(ascii: boolean): string {
  return ascii ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_';
}

/** A character written for a `v`-mode pattern, inside or outside a class. */
export function charSource(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp > 0x7f)
    return cp >= 0xd800 && cp <= 0xdfff ? `\\u{${cp.toString(16)}}` : String.fromCodePoint(cp);
  return `\\u{${cp.toString(16)}}`;
}

const SIMPLE: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
const OCTAL = /^[0-7]/;

/**
 * An escape at `at` (the backslash) that means the same in and out of classes: \n, \x41, \u0041,
 * \U0001f600, octal, and escaped punctuation. Returns the character and the index after the escape.
 */
export function commonEscape(p: string, at: number, inClass: boolean): [number, number] {
  const c = p[at + 1]!;
  if (SIMPLE[c] !== undefined) return [SIMPLE[c]!, at + 2];
  if (c === 'x' || c === 'u' || c === 'U') {
    const len = c === 'x' ? 2 : c === 'u' ? 4 : 8;
    const hex = p.slice(at + 2, at + 2 + len);
    if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) {
      const partial = /^[0-9a-fA-F]*/.exec(hex)![0];
      fail(`incomplete escape \\${c}${partial}`, at);
    }
    const cp = Number.parseInt(hex, 16);
    if (cp > 0x10ffff) fail(`bad escape \\${c}${hex}`, at);
    return [cp, at + 2 + len];
  }
  if (c === 'N') {
    if (p[at + 2] !== '{') fail('missing {', at + 2);
    // Python resolves \N{NAME} with the Unicode name database, which this interpreter does not carry.
    fail('named Unicode escapes \\N{...} are not supported by this interpreter', at);
  }
  if (OCTAL.test(c) && (inClass || c === '0')) {
    // In a class any octal digit starts an escape of up to three digits; outside, only \0 (with up to
    // two more), the other digits being group references handled by the caller.
    const digits = /^[0-7]{1,3}/.exec(p.slice(at + 1, at + 4))![0];
    const cp = Number.parseInt(digits, 8);
    if (cp > 0o377) fail(`octal escape value \\${digits} outside of range 0-0o377`, at);
    return [cp, at + 1 + digits.length];
  }
  if (/[A-Za-z0-9]/.test(c)) fail(`bad escape \\${c}`, at);
  const cp = p.codePointAt(at + 1)!;
  return [cp, at + (cp > 0xffff ? 3 : 2)];
}
