// The `re` module: compile/match/search/fullmatch/findall/finditer/sub/subn/split/escape, Pattern and
// Match methods, and re.error for bad patterns.

import { exceptionTypeNamed } from './errors.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { installIteratorMethods } from '../../objects/iteration.ts';
import { callValue } from '../../objects/runtime.ts';
import { requireIndex } from '../../objects/subscript.ts';
import {
  PyDict,
  PyIterator,
  PyList,
  PyProperty,
  PyTuple,
  type Kwargs,
  type NativeImpl,
  type PyModule,
  type PyValue,
} from '../../objects/values.ts';
import { bindArgs } from '../../builtins/args.ts';
import { defineMethods, nativeFunction } from '../../builtins/define.ts';
import { functions, makeClass, makeModule } from '../module.ts';
import {
  matchRepr,
  matchType,
  patternRepr,
  patternType,
  PyMatch,
  PyPattern,
  requireString,
} from './objects.ts';
import { expandTemplate } from './template.ts';
import { FLAG, RegexSyntaxError, translate } from './translate.ts';

export const reError = exceptionTypeNamed('error', 're');

const cache = new Map<string, PyPattern>();

export function compile(pattern: PyValue, flags: PyValue = 0n): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags !== 0n && flags !== null)
      throw pyError(TypeError, 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  const src = requireString(pattern);
  const f = flags === null ? 0 : Number(requireIndex(flags));
  const key = `${f}:${src}`;
  let p = cache.get(key);
  if (p === undefined) {
    try {
      const t = translate(src, f);
      p = new PyPattern(src, t.flags | FLAG.UNICODE, t);
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw pyError(reError, e.message);
      if (e instanceof SyntaxError) throw pyError(reError, `unsupported regular expression: ${e.message}`);
      throw e;
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, p);
  }
  return p;
}

interface Range {
  s: string;
  pos: number;
  endpos: number;
}

function range(p: PyPattern, string: PyValue, pos?: PyValue, endpos?: PyValue): Range {
  const s = requireString(string);
  const clamp = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v === null) return dflt;
    const i = Number(requireIndex(v));
    return i < 0 ? 0 : i > s.length ? s.length : i;
  };
  const start = clamp(pos, 0);
  const end = clamp(endpos, s.length);
  void p;
  return { s, pos: start, endpos: end < start ? start : end };
}

function exec(re: RegExp, r: Range, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(r.endpos === r.s.length ? r.s : r.s.slice(0, r.endpos));
}

function matchAt(p: PyPattern, kind: 'match' | 'search' | 'fullmatch', r: Range): PyValue {
  const re = kind === 'search' ? p.search : kind === 'match' ? p.sticky : p.full;
  const m = exec(re, r, r.pos);
  return m === null ? null : new PyMatch(p, r.s, r.pos, r.endpos, m);
}

/** A match at exactly `at` that is not empty (what CPython accepts right after an empty match). */
function nonEmptyAt(p: PyPattern, r: Range, at: number): RegExpExecArray | null {
  // `(?<!^[\s\S]{n})` at the end rejects a match ending where it started. In unicode mode `[\s\S]` is one
  // code point, so n counts code points up to `at`, not UTF-16 units.
  const n = p.sticky.flags.includes('u') ? Array.from(r.s.slice(0, at)).length : at;
  const re = new RegExp(`(?:${p.t.source})(?<!^[\\s\\S]{${n}})`, p.sticky.flags);
  const m = exec(re, r, at);
  // Never hand back an empty match here: the caller would find it again forever.
  return m !== null && m[0].length > 0 ? m : null;
}

/**
 * Every non-overlapping match, as CPython finds them: after an empty match at p the next match may still
 * start at p if it is not empty, otherwise the search resumes at p + 1.
 */
function* allMatches(p: PyPattern, r: Range): Generator<RegExpExecArray> {
  let at = r.pos;
  let afterEmpty = false;
  while (at <= r.endpos) {
    let m: RegExpExecArray | null;
    if (afterEmpty) {
      afterEmpty = false;
      m = nonEmptyAt(p, r, at);
      if (m === null) {
        // Step over a whole character: stopping inside a surrogate pair would let the unicode-mode search
        // snap back to the pair's start and find the same empty match forever.
        at += (r.s.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
        if (at > r.endpos) return;
        m = exec(p.search, r, at);
      }
    } else m = exec(p.search, r, at);
    if (m === null) return;
    yield m;
    const end = m.index + m[0].length;
    afterEmpty = end === m.index;
    at = end;
  }
}

function groupsOf(p: PyPattern, m: RegExpExecArray, dflt: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 1; i <= p.t.groups; i++) out.push(m[i] ?? dflt);
  return out;
}

function findall(p: PyPattern, r: Range): PyValue {
  const out: PyValue[] = [];
  for (const m of allMatches(p, r)) {
    if (p.t.groups === 0) out.push(m[0]);
    else if (p.t.groups === 1) out.push(m[1] ?? '');
    else out.push(new PyTuple(groupsOf(p, m, '')));
  }
  return new PyList(out);
}

const iteratorTypeRe = makeClass('callable_iterator', 'builtins');
installIteratorMethods(iteratorTypeRe);

function finditer(p: PyPattern, r: Range): PyValue {
  const gen = allMatches(p, r);
  return new PyIterator(iteratorTypeRe, () => {
    const n = gen.next();
    return n.done ? undefined : new PyMatch(p, r.s, r.pos, r.endpos, n.value);
  });
}

function subn(p: PyPattern, repl: PyValue, string: PyValue, countArg: PyValue | undefined): [string, number] {
  const r = range(p, string);
  const limit = countArg === undefined ? 0 : Number(requireIndex(countArg));
  let out = '';
  let last = 0;
  let n = 0;
  const template = typeof repl === 'string' ? repl : null;
  for (const m of allMatches(p, r)) {
    if (limit > 0 && n >= limit) break;
    const match = new PyMatch(p, r.s, 0, r.s.length, m);
    out += r.s.slice(last, m.index);
    if (template !== null) out += expandTemplate(match, template, reError);
    else {
      const v = callValue(repl, [match]);
      out += requireString(v);
    }
    last = m.index + m[0].length;
    n++;
  }
  return [out + r.s.slice(last), n];
}

function split(p: PyPattern, string: PyValue, maxsplitArg: PyValue | undefined): PyValue {
  const r = range(p, string);
  const maxsplit = maxsplitArg === undefined ? 0 : Number(requireIndex(maxsplitArg));
  const out: PyValue[] = [];
  let last = 0;
  let n = 0;
  for (const m of allMatches(p, r)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(r.s.slice(last, m.index));
    out.push(...groupsOf(p, m, null));
    last = m.index + m[0].length;
    n++;
  }
  out.push(r.s.slice(last));
  return new PyList(out);
}

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

function escape(s: string): string {
  let out = '';
  for (const ch of s) out += SPECIAL.has(ch) ? '\\' + ch : ch;
  return out;
}

type PatternCall = (p: PyPattern, args: PyValue[], kwargs: Kwargs | null) => PyValue;

const patternMethods: Record<string, PatternCall> = {
  match: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('match', a, k, ['string', 'pos', 'endpos'], 1);
    return matchAt(p, 'match', range(p, s!, pos, endpos));
  },
  search: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('search', a, k, ['string', 'pos', 'endpos'], 1);
    return matchAt(p, 'search', range(p, s!, pos, endpos));
  },
  fullmatch: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('fullmatch', a, k, ['string', 'pos', 'endpos'], 1);
    return matchAt(p, 'fullmatch', range(p, s!, pos, endpos));
  },
  findall: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('findall', a, k, ['string', 'pos', 'endpos'], 1);
    return findall(p, range(p, s!, pos, endpos));
  },
  finditer: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('finditer', a, k, ['string', 'pos', 'endpos'], 1);
    return finditer(p, range(p, s!, pos, endpos));
  },
  sub: (p, a, k) => {
    const [repl, s, count] = bindArgs('sub', a, k, ['repl', 'string', 'count'], 2);
    return subn(p, repl!, s!, count)[0];
  },
  subn: (p, a, k) => {
    const [repl, s, count] = bindArgs('subn', a, k, ['repl', 'string', 'count'], 2);
    const [out, n] = subn(p, repl!, s!, count);
    return new PyTuple([out, BigInt(n)]);
  },
  split: (p, a, k) => {
    const [s, maxsplit] = bindArgs('split', a, k, ['string', 'maxsplit'], 1);
    return split(p, s!, maxsplit);
  },
};

const methodImpls: Record<string, NativeImpl> = {};
for (const [name, fn] of Object.entries(patternMethods)) {
  methodImpls[name] = (args, kwargs) => fn(args[0] as PyPattern, args.slice(1), kwargs);
}
defineMethods(patternType, { ...methodImpls, __repr__: (args) => patternRepr(args[0] as PyPattern) });
for (const [name, get] of Object.entries({
  pattern: (p: PyPattern) => p.pattern,
  flags: (p: PyPattern) => BigInt(p.flags),
  groups: (p: PyPattern) => BigInt(p.t.groups),
  groupindex: (p: PyPattern) => {
    const d = new PyDict();
    for (const [k, v] of p.t.groupNames) d.table.set(k, BigInt(v));
    return d;
  },
})) {
  patternType.dict.set(name, new PyProperty(nativeFunction(name, (a) => get(a[0] as PyPattern))));
}

/** Module-level functions: `re.search(pattern, string, flags=0)` is compile(pattern, flags).search(string). */
function moduleFunction(name: string, params: string[], required = 2): NativeImpl {
  return (args, kwargs) => {
    const bound = bindArgs(name, args, kwargs, [...params, 'flags'], required);
    const p = compile(bound[0]!, bound[bound.length - 1] ?? 0n);
    const rest = bound.slice(1, -1).filter((v): v is PyValue => v !== undefined);
    return patternMethods[name]!(p, rest, null);
  };
}

function span(m: PyMatch, args: PyValue[]): [number, number] {
  return m.span(args.length > 1 ? m.groupIndex(args[1]!) : 0);
}

defineMethods(matchType, {
  __repr__: (args) => matchRepr(args[0] as PyMatch),
  group: (args) => {
    const m = args[0] as PyMatch;
    if (args.length <= 2) return m.group(args.length === 2 ? m.groupIndex(args[1]!) : 0);
    return new PyTuple(args.slice(1).map((g) => m.group(m.groupIndex(g))));
  },
  __getitem__: (args) => (args[0] as PyMatch).group((args[0] as PyMatch).groupIndex(args[1]!)),
  groups: (args, kwargs) => {
    const m = args[0] as PyMatch;
    const dflt = args[1] ?? kwargs?.get('default') ?? null;
    return new PyTuple(groupsOf(m.re, m.m, dflt));
  },
  groupdict: (args, kwargs) => {
    const m = args[0] as PyMatch;
    const dflt = args[1] ?? kwargs?.get('default') ?? null;
    const d = new PyDict();
    for (const [name, i] of m.re.t.groupNames) d.table.set(name, m.group(i, dflt));
    return d;
  },
  start: (args) => BigInt(span(args[0] as PyMatch, args)[0]),
  end: (args) => BigInt(span(args[0] as PyMatch, args)[1]),
  span: (args) => new PyTuple(span(args[0] as PyMatch, args).map(BigInt)),
  expand: (args) => expandTemplate(args[0] as PyMatch, requireString(args[1]!), reError),
});
for (const [name, get] of Object.entries({
  string: (m: PyMatch) => m.string,
  re: (m: PyMatch) => m.re,
  pos: (m: PyMatch) => BigInt(m.pos),
  endpos: (m: PyMatch) => BigInt(m.endpos),
  lastindex: (m: PyMatch) => {
    let last: number | null = null;
    let lastEnd = -1;
    for (let i = 1; i <= m.re.t.groups; i++) {
      const s = m.span(i);
      if (s[0] >= 0 && s[1] >= lastEnd) {
        last = i;
        lastEnd = s[1];
      }
    }
    return last === null ? null : BigInt(last);
  },
  lastgroup: (m: PyMatch) => {
    const idx = (matchType.dict.get('lastindex') as PyProperty).fget;
    const i = callValue(idx, [m]);
    if (i === null) return null;
    for (const [name, n] of m.re.t.groupNames) if (BigInt(n) === i) return name;
    return null;
  },
})) {
  matchType.dict.set(name, new PyProperty(nativeFunction(name, (a) => get(a[0] as PyMatch))));
}

export function reModule(): PyModule {
  const flags: Record<string, PyValue> = {};
  for (const [name, bit] of Object.entries(FLAG)) flags[name] = BigInt(bit);
  Object.assign(flags, {
    I: flags.IGNORECASE!,
    L: flags.LOCALE!,
    M: flags.MULTILINE!,
    S: flags.DOTALL!,
    U: flags.UNICODE!,
    X: flags.VERBOSE!,
    A: flags.ASCII!,
    T: flags.TEMPLATE!,
    NOFLAG: 0n,
  });
  return makeModule('re', {
    ...flags,
    error: reError,
    Pattern: patternType,
    Match: matchType,
    ...functions({
      compile: (args, kwargs) => {
        const [p, f] = bindArgs('compile', args, kwargs, ['pattern', 'flags'], 1);
        return compile(p!, f ?? 0n);
      },
      match: moduleFunction('match', ['pattern', 'string']),
      search: moduleFunction('search', ['pattern', 'string']),
      fullmatch: moduleFunction('fullmatch', ['pattern', 'string']),
      findall: moduleFunction('findall', ['pattern', 'string']),
      finditer: moduleFunction('finditer', ['pattern', 'string']),
      sub: moduleFunction('sub', ['pattern', 'repl', 'string', 'count'], 3),
      subn: moduleFunction('subn', ['pattern', 'repl', 'string', 'count'], 3),
      split: moduleFunction('split', ['pattern', 'string', 'maxsplit']),
      escape: (args) => escape(requireString(args[0]!)),
      purge: () => {
        cache.clear();
        return null;
      },
    }),
  });
}
