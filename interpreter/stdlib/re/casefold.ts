// Python's IGNORECASE, done by the translator rather than the JavaScript `i` flag (whose Unicode case
// folding differs: it does not equate i/İ/ı, and under re.ASCII it still folds K with the Kelvin sign).
// CPython's rule: a character x matches a cased literal c when lower(x) == lower(c), where lower is the
// first character of the lowercase mapping, or when lower(x) is one of a few characters sre declares
// equivalent to lower(c). A range matches x when lower(x) or upper(lower(x)) lies in it.

/** Groups of lowercase characters sre treats as equal under IGNORECASE (CPython's sre_compile). */
const EQUIVALENT: readonly (readonly number[])[] = [
  [0x69, 0x131],
  [0x73, 0x17f],
  [0xb5, 0x3bc],
  [0x345, 0x3b9, 0x1fbe],
  [0x390, 0x1fd3],
  [0x3b0, 0x1fe3],
  [0x3b2, 0x3d0],
  [0x3b5, 0x3f5],
  [0x3b8, 0x3d1],
  [0x3ba, 0x3f0],
  [0x3c0, 0x3d6],
  [0x3c1, 0x3f1],
  [0x3c2, 0x3c3],
  [0x3c6, 0x3d5],
  [0x1e61, 0x1e9b],
  [0xfb05, 0xfb06],
];

/** Cased characters all lie below this bound. */
const CASED_LIMIT = 0x20000;

// CPython's lower/upper of one character is the first character of the full mapping (ß → S, İ → i).
export function simpleLower(cp: number): number {
  return String.fromCodePoint(cp).toLowerCase().codePointAt(0)!;
}

export function simpleUpper(cp: number): number {
  return String.fromCodePoint(cp).toUpperCase().codePointAt(0)!;
}

export function isCased(cp: number): boolean {
  return simpleLower(cp) !== cp || simpleUpper(cp) !== cp;
}

interface CaseTables {
  /** lower → every character whose lower it is (itself included). */
  byLower: Map<number, number[]>;
  /** Every cased character with its lower and upper(lower). */
  cased: { cp: number; lower: number; upperOfLower: number }[];
  equivalent: Map<number, readonly number[]>;
}

let tables: CaseTables | null = null;

/** Candidates for cased characters, found by one regex scan rather than 130k case conversions. */
function changesWhenCasemapped(): number[] {
  // Every code point below CASED_LIMIT except surrogates, written as UTF-16 and turned into one string.
  const units = new Uint16Array(0xf800 + 2 * (CASED_LIMIT - 0x10000));
  let k = 0;
  for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) units[k++] = cp;
  for (let cp = 0x10000; cp < CASED_LIMIT; cp++) {
    units[k++] = 0xd800 + ((cp - 0x10000) >> 10);
    units[k++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
  }
  let all = '';
  for (let i = 0; i < units.length; i += 8192) all += String.fromCharCode(...units.subarray(i, i + 8192));
  const out: number[] = [];
  for (const m of all.matchAll(/\p{Changes_When_Casemapped}/gu)) out.push(m[0].codePointAt(0)!);
  return out;
}

/** Built once, on the first case-insensitive pattern (about 130k characters scanned). */
function caseTables(): CaseTables {
  if (tables !== null) return tables;
  const byLower = new Map<number, number[]>();
  const cased: CaseTables['cased'] = [];
  for (const cp of changesWhenCasemapped()) {
    const lower = simpleLower(cp);
    const upper = simpleUpper(cp);
    if (lower === cp && upper === cp) continue;
    cased.push({ cp, lower, upperOfLower: simpleUpper(lower) });
    let list = byLower.get(lower);
    if (list === undefined) byLower.set(lower, (list = lower === cp ? [] : [lower]));
    list.push(cp);
  }
  const equivalent = new Map<number, readonly number[]>();
  for (const group of EQUIVALENT) for (const cp of group) equivalent.set(cp, group);
  tables = { byLower, cased, equivalent };
  return tables;
}

/** Every character that matches the literal `cp` case-insensitively (`cp` itself included). */
export function caseVariants(cp: number, ascii: boolean): number[] {
  if (ascii) {
    if (cp >= 0x41 && cp <= 0x5a) return [cp, cp + 32];
    if (cp >= 0x61 && cp <= 0x7a) return [cp, cp - 32];
    return [cp];
  }
  if (!isCased(cp)) return [cp];
  const t = caseTables();
  const lower = simpleLower(cp);
  const out = new Set<number>([cp]);
  for (const l of t.equivalent.get(lower) ?? [lower]) {
    out.add(l);
    for (const x of t.byLower.get(l) ?? []) out.add(x);
  }
  return [...out].sort((a, b) => a - b);
}

/** Characters outside [lo, hi] that the range matches case-insensitively. */
export function rangeCaseExtras(lo: number, hi: number, ascii: boolean): number[] {
  const inRange = (c: number): boolean => c >= lo && c <= hi;
  const out: number[] = [];
  if (ascii) {
    for (let c = 0x41; c <= 0x7a; c++) {
      if (c > 0x5a && c < 0x61) continue;
      const other = c <= 0x5a ? c + 32 : c - 32;
      if (!inRange(c) && inRange(other)) out.push(c);
    }
    return out;
  }
  const t = caseTables();
  for (const { cp, lower, upperOfLower } of t.cased) {
    if (inRange(cp)) continue;
    let hit = inRange(lower) || inRange(upperOfLower);
    for (const e of t.equivalent.get(lower) ?? []) hit ||= inRange(e) || inRange(simpleUpper(e));
    if (hit) out.push(cp);
  }
  return out;
}
