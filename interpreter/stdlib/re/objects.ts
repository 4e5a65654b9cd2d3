// re.Pattern and re.Match objects over a translated JavaScript RegExp.

import { typeOf } from '../../objects/builtin-types.ts';
import { IndexError, TypeError, pyError } from '../../objects/exceptions.ts';
import { repr } from '../../objects/repr.ts';
import { PyObject, type PyValue } from '../../objects/values.ts';
import type { PyType } from '../../objects/type.ts';
import { makeClass } from '../module.ts';
import { FLAG, type Translated } from './translate.ts';

export class PyPattern extends PyObject {
  /** `g` search from lastIndex; `y` anchored at lastIndex; fullmatch anchored at both ends. */
  readonly search: RegExp;
  readonly sticky: RegExp;
  readonly full: RegExp;
  constructor(
    readonly pattern: string,
    readonly flags: number,
    readonly t: Translated,
  ) {
    super();
    const f = 'ud' + (t.ignoreCase ? 'i' : '');
    this.search = new RegExp(t.source, f + 'g');
    this.sticky = new RegExp(t.source, f + 'y');
    this.full = new RegExp(`(?:${t.source})(?![\\s\\S])`, f + 'y');
  }
  pyType(): PyType {
    return patternType;
  }
}

export class PyMatch extends PyObject {
  constructor(
    readonly re: PyPattern,
    readonly string: string,
    readonly pos: number,
    readonly endpos: number,
    readonly m: RegExpExecArray,
  ) {
    super();
  }
  pyType(): PyType {
    return matchType;
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
    const v = this.m[i];
    return v === undefined ? dflt : v;
  }

  span(i: number): [number, number] {
    const s = this.m.indices?.[i];
    return s === undefined ? [-1, -1] : [s[0], s[1]];
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
  return FLAG_NAMES.filter(([bit, name]) => flags & bit && name !== 'UNICODE')
    .map(([, name]) => `re.${name}`)
    .join('|');
}

export function patternRepr(p: PyPattern): string {
  const f = flagsRepr(p.flags);
  return f === '' ? `re.compile(${repr(p.pattern)})` : `re.compile(${repr(p.pattern)}, ${f})`;
}

export function matchRepr(m: PyMatch): string {
  const [s, e] = m.span(0);
  return `<re.Match object; span=(${s}, ${e}), match=${repr(m.m[0]!)}>`;
}

export function requireString(v: PyValue): string {
  if (typeof v !== 'string') {
    throw pyError(TypeError, `expected string or bytes-like object, got '${typeOf(v).name}'`);
  }
  return v;
}
