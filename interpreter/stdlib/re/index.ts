// The `re` module: compile/match/search/fullmatch/findall/finditer/sub/subn/split/escape, Pattern and
// Match methods, and re.error for bad patterns.
//
// Known differences from CPython (the JavaScript engine underneath), each refused rather than answered
// differently where it can be detected:
// - Conditional groups `(?(1)yes|no)` raise re.error ("not supported by this interpreter").
// - `\N{NAME}` escapes raise re.error: the interpreter carries no Unicode name database.
// - Bytes patterns raise TypeError.
// - A group's capture from an earlier repetition is recovered by matching the earlier repetitions again
//   (objects.ts); where that is impossible (the repeated body refers to a group outside it) the match
//   raises NotImplementedError.
// - Flags are plain ints: `print(re.I)` shows 2, not re.IGNORECASE, and there is no re.RegexFlag.
// - A repeat whose body can match empty before it can match text (`(?:c*|\W)*`, `(?:x??)*`): CPython
//   accepts the empty repetition and stops, JavaScript rejects it and backtracks into the body for a
//   longer one, so the match can be longer. Optional bodies (`(...)?`) and the final empty repetition of
//   a greedy repeat (`(\w*)*` leaves group 1 == '') are emulated.
// - A case-insensitive backreference compares with JavaScript's case folding, not Python's lower().
// - re.template, re.Scanner and Pattern.scanner are absent.

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import {
  PyBytes,
  PyDict,
  PyProperty,
  PyTuple,
  type Kwargs,
  type NativeImpl,
  type PyModule,
  type PyValue,
} from '../../objects/values.ts';
import { bindArgs } from '../../builtins/args.ts';
import { defineMethods, nativeFunction } from '../../builtins/define.ts';
import { functions, makeModule } from '../module.ts';
import { exceptionTypeNamed, raiseRegexError } from './errors.ts';
import { findall, finditer, groupsOf, matchAt, range, split, subn } from './matching.ts';
import {
  matchRepr,
  matchType,
  patternRepr,
  patternType,
  PyMatch,
  PyPattern,
  requireString,
} from './objects.ts';
import { expandTemplate, parseTemplate } from './template.ts';
import { FLAG, RegexSyntaxError, translate } from './translate.ts';

export const reError = exceptionTypeNamed('error', 're');

const cache = new Map<string, PyPattern>();

export function compile(pattern: PyValue, flags: PyValue = 0n): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags !== 0n && flags !== null && flags !== false)
      throw pyError(ValueError, 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (pattern instanceof PyBytes)
    throw pyError(TypeError, 'bytes patterns are not supported by this interpreter');
  if (typeof pattern !== 'string') {
    throw pyError(TypeError, 'first argument must be string or compiled pattern');
  }
  if (typeof flags !== 'bigint' && typeof flags !== 'boolean' && flags !== null) {
    throw pyError(TypeError, `unsupported operand type(s) for &: '${typeOf(flags).name}' and 'RegexFlag'`);
  }
  const f = flags === null ? 0 : Number(flags);
  const key = `${f}:${pattern}`;
  let p = cache.get(key);
  if (p === undefined) {
    try {
      const t = translate(pattern, f);
      p = new PyPattern(pattern, t.flags & FLAG.ASCII ? t.flags : t.flags | FLAG.UNICODE, t);
    } catch (e) {
      if (e instanceof RegexSyntaxError) raiseRegexError(reError, e.msg, pattern, e.pos);
      if (e instanceof SyntaxError)
        raiseRegexError(reError, `unsupported regular expression: ${e.message}`, pattern, null);
      throw e;
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, p);
  }
  return p;
}

function escape(s: string): string {
  let out = '';
  // CPython escapes every ASCII character that is not a letter, digit or underscore, except those that
  // are never special (`!"%',/:;<=>@` and the backquote).
  for (const ch of s) out += /[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/.test(ch) ? '\\' + ch : ch;
  return out;
}

type PatternCall = (p: PyPattern, args: PyValue[], kwargs: Kwargs | null) => PyValue;

const searchParams = ['string', 'pos', 'endpos'];
const patternMethods: Record<string, PatternCall> = {
  match: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('match', a, k, searchParams, 1);
    return matchAt(p, 'match', range(s!, pos, endpos));
  },
  search: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('search', a, k, searchParams, 1);
    return matchAt(p, 'search', range(s!, pos, endpos));
  },
  fullmatch: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('fullmatch', a, k, searchParams, 1);
    return matchAt(p, 'fullmatch', range(s!, pos, endpos));
  },
  findall: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('findall', a, k, searchParams, 1);
    return findall(p, range(s!, pos, endpos));
  },
  finditer: (p, a, k) => {
    const [s, pos, endpos] = bindArgs('finditer', a, k, searchParams, 1);
    return finditer(p, range(s!, pos, endpos));
  },
  sub: (p, a, k) => {
    const [repl, s, count] = bindArgs('sub', a, k, ['repl', 'string', 'count'], 2);
    return subn(p, repl!, s!, count, reError)[0];
  },
  subn: (p, a, k) => {
    const [repl, s, count] = bindArgs('subn', a, k, ['repl', 'string', 'count'], 2);
    const [out, n] = subn(p, repl!, s!, count, reError);
    return new PyTuple([out, BigInt(n)]);
  },
  split: (p, a, k) => {
    const [s, maxsplit] = bindArgs('split', a, k, ['string', 'maxsplit'], 1);
    return split(p, s!, maxsplit);
  },
};

const methodImpls: Record<string, NativeImpl> = {};
const methodParams: Record<string, string[]> = {
  sub: ['repl', 'string', 'count'],
  subn: ['repl', 'string', 'count'],
  split: ['string', 'maxsplit'],
};
for (const [name, fn] of Object.entries(patternMethods)) {
  const params = methodParams[name] ?? searchParams;
  methodImpls[name] = (args, kwargs) => {
    // Pattern methods are C functions in CPython, with the C wording for a bad keyword.
    if (kwargs !== null) {
      for (const k of kwargs.keys())
        if (!params.includes(k))
          throw pyError(TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
    return fn(args[0] as PyPattern, args.slice(1), kwargs);
  };
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
/** Binds arguments with the messages of a function written in Python, as re's module functions are. */
function bindPythonArgs(
  name: string,
  args: PyValue[],
  kwargs: Kwargs | null,
  all: string[],
  required: number,
): (PyValue | undefined)[] {
  if (args.length > all.length) {
    const takes = required === all.length ? `${required}` : `from ${required} to ${all.length}`;
    throw pyError(TypeError, `${name}() takes ${takes} positional arguments but ${args.length} were given`);
  }
  if (kwargs !== null) {
    for (const k of kwargs.keys())
      if (!all.includes(k)) throw pyError(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
  }
  const bound = bindArgs(name, args, kwargs, all, 0);
  const missing = all.slice(0, required).filter((_, i) => bound[i] === undefined);
  if (missing.length > 0) {
    const names = missing.map((m) => `'${m}'`);
    const list =
      names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const plural = missing.length === 1 ? '' : 's';
    throw pyError(
      TypeError,
      `${name}() missing ${missing.length} required positional argument${plural}: ${list}`,
    );
  }
  return bound;
}

/** Module-level functions: `re.search(pattern, string, flags=0)` is compile(pattern, flags).search(string). */
function moduleFunction(name: string, params: string[], required = 2): NativeImpl {
  const all = [...params, 'flags'];
  return (args, kwargs) => {
    const bound = bindPythonArgs(name, args, kwargs, all, required);
    if (bound[0] instanceof PyBytes && typeof bound[name === 'sub' || name === 'subn' ? 2 : 1] === 'string') {
      throw pyError(TypeError, 'cannot use a bytes pattern on a string-like object');
    }
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
    return new PyTuple(groupsOf(m, dflt));
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
  expand: (args) => {
    const m = args[0] as PyMatch;
    return expandTemplate(m, parseTemplate(m.re, requireString(args[1]!), reError));
  },
  __copy__: (args) => args[0]!,
  __deepcopy__: (args) => args[0]!,
});
for (const [name, get] of Object.entries({
  string: (m: PyMatch) => m.string,
  re: (m: PyMatch) => m.re,
  pos: (m: PyMatch) => BigInt(m.pos),
  endpos: (m: PyMatch) => BigInt(m.endpos),
  lastindex: (m: PyMatch) => {
    const i = m.lastIndex();
    return i === null ? null : BigInt(i);
  },
  lastgroup: (m: PyMatch) => {
    const i = m.lastIndex();
    for (const [name, n] of m.re.t.groupNames) if (n === i) return name;
    return null;
  },
  regs: (m: PyMatch) => {
    const out: PyValue[] = [];
    for (let i = 0; i <= m.re.t.groups; i++) out.push(new PyTuple(m.span(i).map(BigInt)));
    return new PyTuple(out);
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
        const [p, f] = bindPythonArgs('compile', args, kwargs, ['pattern', 'flags'], 1);
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
      escape: (args, kwargs) => {
        const [s] = bindPythonArgs('escape', args, kwargs, ['pattern'], 1);
        if (typeof s !== 'string')
          throw pyError(TypeError, `decoding to str: need a bytes-like object, ${typeOf(s!).name} found`);
        return escape(s);
      },
      purge: () => {
        cache.clear();
        return null;
      },
    }),
  });
}
