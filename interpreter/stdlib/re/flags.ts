// re's flag bits, inline flag letters, and VERBOSE whitespace.

import { fail } from './escapes.ts';

export const FLAG = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

export const INLINE_FLAGS: Record<string, number> = {
  i: FLAG.IGNORECASE,
  L: FLAG.LOCALE,
  m: FLAG.MULTILINE,
  s: FLAG.DOTALL,
  u: FLAG.UNICODE,
  x: FLAG.VERBOSE,
  a: FLAG.ASCII,
};

export const VERBOSE_SPACE = new Set(' \t\n\r\v\f');

export function addFlags(flags: number, on: string, off: string, at: number): number {
  let out = flags;
  if (on.includes('L') || off.includes('L'))
    fail("bad inline flags: cannot use 'L' flag with a str pattern", at);
  if (off.includes('a') || off.includes('u'))
    fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", at);
  for (const f of on) out |= INLINE_FLAGS[f]!;
  if (on.includes('a') && on.includes('u'))
    fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", at);
  if (on.includes('u')) out &= ~FLAG.ASCII;
  return out;
}

/** Skips whitespace and `#` comments (VERBOSE). */
export function skipVerbose(p: string, at: number): number {
  let i = at;
  for (;;) {
    if (VERBOSE_SPACE.has(p[i] ?? '')) i++;
    else if (p[i] === '#') {
      while (i < p.length && p[i] !== '\n') i++;
    } else return i;
  }
}
