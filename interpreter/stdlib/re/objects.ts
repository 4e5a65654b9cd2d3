// re.Pattern and re.Match objects over a translated JavaScript RegExp.

import { typeOf } from '../../objects/builtin-types.ts';
import { IndexError, NotImplementedError, PyError, TypeError, pyError } from '../../objects/exceptions.ts';
import { repr } from '../../objects/repr.ts';
import { PyObject, type PyValue } from '../../objects/values.ts';
import type { PyType } from '../../objects/type.ts';
import { makeClass } from '../module.ts';
import type { Positions } from './positions.ts';

function unrecoverable(group: number): PyError {
  return pyError(
    NotImplementedError,
    `re: group ${group} inside a repeated group holds a capture from an earlier repetition, ` +
      'which this interpreter cannot recover',
  );
}
import { FLAG, type RepeatBody, type Translated } from './translate.ts';

export class PyPattern extends PyObject {
  /** `g` search from lastIndex; `y` anchored at lastIndex; fullmatch anchored at both ends. */
  readonly search: RegExp;
  readonly sticky: RegExp;
  readonly full: RegExp;
  /** The JavaScript name of each group: `g1`... (index 0 unused). */
  readonly keys: string[];
  private readonly nonEmpty = new Map<number, RegExp>();
  constructor(
    readonly pattern: string,
    readonly flags: number,
    readonly t: Translated,
  ) {
    super();
    const f = 'd' + t.jsFlags;
    this.search = new RegExp(t.source, f + 'g');
    this.sticky = new RegExp(t.source, f + 'y');
    this.full = new RegExp(`(?:${t.source})$`, f + 'y');
    this.keys = ['0'];
    for (let i = 1; i <= t.groups; i++) this.keys.push(`g${i}`);
  }
  pyType(): PyType {
    return patternType;
  }

  /**
   * CPython keeps a group's capture from an earlier repetition when the last repetition skipped it
   * (`((\w)(\d)?)+` on 'a1b' gives group 3 = '1'); JavaScript forgets it. For such a group, the earlier
   * repetitions are matched again, one fewer each time, until one holds the group, and the match is
   * patched with that capture. What cannot be recovered this way raises rather than answer differently.
   */
  recoverRepeats(m: RegExpExecArray, subject: string, at: Positions): void {
    for (let k = 1; k < this.t.repeatBodies.length; k++) {
      const repeat = this.t.repeatBodies[k]!;
      if (repeat.canBeEmpty && !repeat.lazy) this.addEmptyRepetition(k, repeat, m, subject, at);
    }
    for (let g = 1; g <= this.t.groups; g++) {
      const repeats = this.t.repeatsOf[g];
      if (repeats !== undefined && m.indices!.groups![this.keys[g]!] === undefined) {
        this.recoverGroup(g, repeats, m, subject, at);
      }
    }
  }

  /**
   * Looks for group g's capture in the earlier repetitions of the repeats around it (innermost first)
   * and patches `m` with it; true when found. Inside an earlier repetition the inner repeats may hide
   * the capture again, so the search recurses into that repetition's own match.
   */
  private recoverGroup(
    g: number,
    repeats: number[],
    m: RegExpExecArray,
    subject: string,
    at: Positions,
  ): boolean {
    const key = this.keys[g]!;
    const spans = m.indices!.groups!;
    for (let level = 0; level < repeats.length; level++) {
      const k = repeats[level]!;
      const whole = spans[`R${k}`];
      const last = spans[`r${k}`];
      if (whole === undefined || last === undefined) continue;
      for (let end = last[0]; end > whole[0];) {
        const earlier = this.repetitionsBefore(k, subject, whole[0], at.toCp(end));
        const iteration = earlier?.indices?.groups?.[`r${k}`];
        if (earlier === null || iteration === undefined) throw unrecoverable(g);
        if (
          earlier.indices!.groups![key] !== undefined ||
          this.recoverGroup(g, repeats.slice(0, level), earlier, subject, at)
        ) {
          m.groups![key] = earlier.groups![key]!;
          spans[key] = earlier.indices!.groups![key]!;
          return true;
        }
        end = iteration[0];
      }
    }
    return false;
  }

  /**
   * A greedy repeat whose body can match nothing: after its last repetition CPython tries one more and
   * accepts it when it matches empty (its groups then hold ''), where JavaScript rejects an empty
   * repetition. That extra repetition is matched here and its captures patched into `m`.
   */
  private addEmptyRepetition(
    k: number,
    repeat: RepeatBody,
    m: RegExpExecArray,
    subject: string,
    at: Positions,
  ): void {
    const spans = m.indices!.groups!;
    const whole = spans[`R${k}`];
    if (whole === undefined) return;
    if (repeat.max !== Infinity && this.repetitionCount(k, m, subject, at) >= repeat.max) return;
    const empty = this.repetitionsBefore(k, subject, whole[1], at.toCp(whole[1]), 'once');
    if (empty === null) return;
    const found = empty.indices!.groups!;
    for (let g = repeat.groups[0]; g <= repeat.groups[1]; g++) {
      const key = this.keys[g]!;
      if (found[key] === undefined) continue;
      m.groups![key] = empty.groups![key]!;
      spans[key] = found[key];
    }
    spans[`r${k}`] = [whole[1], whole[1]];
  }

  private repetitionCount(k: number, m: RegExpExecArray, subject: string, at: Positions): number {
    const spans = m.indices!.groups!;
    const whole = spans[`R${k}`]!;
    const last = spans[`r${k}`];
    if (last === undefined) return 0;
    let count = 1;
    for (let end = last[0]; end > whole[0]; count++) {
      const iteration = this.repetitionsBefore(k, subject, whole[0], at.toCp(end))?.indices?.groups?.[
        `r${k}`
      ];
      if (iteration === undefined) return count;
      end = iteration[0];
    }
    return count;
  }

  /** Repeat k's body matched as often as it takes from `start` to end exactly at code point `endCp`. */
  private repetitionsBefore(
    k: number,
    subject: string,
    start: number,
    endCp: number,
    count: 'any' | 'once' = 'any',
  ): RegExpExecArray | null {
    const { body, lazy } = this.t.repeatBodies[k]!;
    const times = count === 'once' ? '' : lazy ? '*?' : '*';
    try {
      const source = `(?:(?<r${k}>${body}))${times}(?<=^[\\s\\S]{${endCp}})`;
      const re = new RegExp(source, 'd' + this.t.jsFlags + 'y');
      re.lastIndex = start;
      return re.exec(subject);
    } catch {
      return null; // the body refers to a group outside it
    }
  }

  /**
   * Anchored at lastIndex and never empty: after an empty match CPython may match again at the same
   * place, but only with a non-empty match. `(?<!^[\s\S]{n})` rejects an end at code point n, the start;
   * a JavaScript pattern cannot compare positions otherwise, hence one RegExp per start (cached a while).
   */
  nonEmptyAt(cp: number): RegExp {
    let re = this.nonEmpty.get(cp);
    if (re === undefined) {
      if (this.nonEmpty.size > 64) this.nonEmpty.clear();
      re = new RegExp(`(?:${this.t.source})(?<!^[\\s\\S]{${cp}})`, 'd' + this.t.jsFlags + 'y');
      this.nonEmpty.set(cp, re);
    }
    return re;
  }
}

export class PyMatch extends PyObject {
  constructor(
    readonly re: PyPattern,
    readonly positions: Positions,
    /** `pos` and `endpos` as passed, in code points. */
    readonly pos: number,
    readonly endpos: number,
    readonly m: RegExpExecArray,
  ) {
    super();
  }
  pyType(): PyType {
    return matchType;
  }

  get string(): string {
    return this.positions.s;
  }

  /** Group number for an index or a name; IndexError "no such group" otherwise. */
  groupIndex(g: PyValue): number {
    if (typeof g === 'string') {
      const i = this.re.t.groupNames.get(g);
      if (i !== undefined) return i;
    } else if (typeof g === 'bigint' || typeof g === 'boolean') {
      const i = Number(g);
      if (i >= 0 && i <= this.re.t.groups) return i;
    }
    throw pyError(IndexError, 'no such group');
  }

  group(i: number, dflt: PyValue = null): PyValue {
    const v = i === 0 ? this.m[0] : this.m.groups![this.re.keys[i]!];
    return v === undefined ? dflt : v;
  }

  /** Span in code points; (-1, -1) for a group that did not take part. */
  span(i: number): [number, number] {
    const s = i === 0 ? this.m.indices![0] : this.m.indices!.groups![this.re.keys[i]!];
    if (s === undefined) return [-1, -1];
    return [this.positions.toCp(s[0]), this.positions.toCp(s[1])];
  }

  /** Span in UTF-16 units of the whole match. */
  get unitStart(): number {
    return this.m.index;
  }
  get unitEnd(): number {
    return this.m.index + this.m[0]!.length;
  }

  /** The group that closed last, as CPython's lastindex: the latest end, an enclosing group on ties. */
  lastIndex(): number | null {
    let best = 0;
    let bestEnd = -1;
    for (let i = 1; i <= this.re.t.groups; i++) {
      const s = this.m.indices!.groups![this.re.keys[i]!];
      if (s === undefined) continue;
      if (s[1] > bestEnd || (s[1] === bestEnd && !this.encloses(best, i))) {
        best = i;
        bestEnd = s[1];
      }
    }
    return best === 0 ? null : best;
  }

  private encloses(outer: number, inner: number): boolean {
    for (let g = this.re.t.parents[inner]!; g !== 0; g = this.re.t.parents[g]!) if (g === outer) return true;
    return false;
  }
}

export const patternType: PyType = makeClass('Pattern', 're');
export const matchType: PyType = makeClass('Match', 're');

const FLAG_NAMES: [number, string][] = [
  [FLAG.TEMPLATE, 'TEMPLATE'],
  [FLAG.IGNORECASE, 'IGNORECASE'],
  [FLAG.LOCALE, 'LOCALE'],
  [FLAG.MULTILINE, 'MULTILINE'],
  [FLAG.DOTALL, 'DOTALL'],
  [FLAG.UNICODE, 'UNICODE'],
  [FLAG.VERBOSE, 'VERBOSE'],
  [FLAG.DEBUG, 'DEBUG'],
  [FLAG.ASCII, 'ASCII'],
];

/** `re.IGNORECASE|re.MULTILINE`, as Pattern's repr shows flags (UNICODE is implied for str patterns). */
export function flagsRepr(flags: number): string {
  const names = FLAG_NAMES.filter(([bit, name]) => flags & bit && name !== 'UNICODE').map(
    ([, name]) => `re.${name}`,
  );
  const known = FLAG_NAMES.reduce((all, [bit]) => all | bit, 0);
  const rest = flags & ~known;
  if (rest !== 0) names.push(`0x${rest.toString(16)}`);
  return names.join('|');
}

export function patternRepr(p: PyPattern): string {
  const f = flagsRepr(p.flags);
  // CPython formats the pattern with %.200R: its repr cut to 200 characters.
  const src = truncateRepr(repr(p.pattern), 200);
  return f === '' ? `re.compile(${src})` : `re.compile(${src}, ${f})`;
}

export function matchRepr(m: PyMatch): string {
  const [s, e] = m.span(0);
  return `<re.Match object; span=(${s}, ${e}), match=${truncateRepr(repr(m.m[0]!), 50)}>`;
}

function truncateRepr(r: string, n: number): string {
  const cps = Array.from(r);
  return cps.length > n ? cps.slice(0, n).join('') : r;
}

export function requireString(v: PyValue): string {
  if (typeof v !== 'string') {
    throw pyError(TypeError, `expected string or bytes-like object, got '${typeOf(v).name}'`);
  }
  return v;
}
