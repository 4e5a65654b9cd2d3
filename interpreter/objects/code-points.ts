// Python str semantics over host UTF-16 strings. A Python str is a sequence of code points; a JS string is
// a sequence of UTF-16 units, and the two agree exactly when the string holds no surrogate. Every
// position- or length-sensitive str operation asks `hasSurrogates` once and keeps its unit-based fast path
// when the answer is no; otherwise it works on the code points.
//
// Known limit: a lone high surrogate followed by a lone low surrogate (possible in Python, e.g.
// '\ud83d' + '\udc0d') is indistinguishable from the astral character they encode, so it counts as one.

const SURROGATE = /[\ud800-\udfff]/;

// Loops such as `for i in range(len(s)): s[i]` ask about the same long string on every step, so the
// answers for long strings are cached, keyed by the string (`===` is one pointer comparison when it is the
// very same string, instead of a scan).
// Short strings are cheap to scan and stay out of the caches, so they never evict a long one; two slots
// per cache let two long strings be walked together.
const CACHED_FROM = 32;
let testedA = '';
let testedAResult = false;
let testedB = '';
let testedBResult = false;
let splitA = '';
let pointsA: readonly string[] = [];
let splitB = '';
let pointsB: readonly string[] = [];

/** True when `s` holds a surrogate unit, so its UTF-16 length and indices are not Python's. */
export function hasSurrogates(s: string): boolean {
  if (s.length < CACHED_FROM) return s.length > 1 && SURROGATE.test(s);
  if (s === testedA) return testedAResult;
  if (s === testedB) return testedBResult;
  testedB = testedA;
  testedBResult = testedAResult;
  testedAResult = SURROGATE.test(s);
  testedA = s;
  return testedAResult;
}

/** The code points of `s` as one-character strings (possibly shared: callers must not mutate it). */
export function codePointsOf(s: string): readonly string[] {
  if (s.length < CACHED_FROM) return Array.from(s);
  if (s === splitA) return pointsA;
  if (s === splitB) return pointsB;
  splitB = splitA;
  pointsB = pointsA;
  pointsA = Array.from(s);
  splitA = s;
  return pointsA;
}

/** `len(s)` in code points. */
export function cpLength(s: string): number {
  return hasSurrogates(s) ? codePointsOf(s).length : s.length;
}

/** The first `n` code points of `s` (all of it when shorter): str precision in format() and `%.Ns`. */
export function truncateCodePoints(s: string, n: number): string {
  if (!hasSurrogates(s)) return s.length > n ? s.slice(0, n) : s;
  return s.length > n ? s.slice(0, unitOffset(s, n)) : s;
}

/** The UTF-16 offset of code point index `cp` (0 ≤ cp ≤ length) in a string known to hold surrogates. */
export function unitOffset(s: string, cp: number): number {
  let unit = 0;
  for (let i = 0; i < cp && unit < s.length; i++) unit += isPairAt(s, unit) ? 2 : 1;
  return unit;
}

/** The code point index of UTF-16 offset `unit` (a code point boundary) in a string holding surrogates. */
export function cpIndex(s: string, unit: number): number {
  let cp = 0;
  for (let i = 0; i < unit; cp++) i += isPairAt(s, i) ? 2 : 1;
  return cp;
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
