// Translation of Python `re` syntax into an equivalent JavaScript RegExp, run with the `v` flag (Unicode
// code points, nested classes for `[\W\d]`). Constructs whose meaning differs are rewritten: `$`, `^`,
// `.`, `\A`, `\Z`, `\d`/`\w`/`\s`/`\b` with Unicode semantics, `{` that is not a quantifier, octal
// escapes, IGNORECASE (see casefold.ts), scoped inline flags, atomic groups and possessive quantifiers
// (as `(?=(X))\k`, a lookahead being atomic in JavaScript). Every capturing group is named (`g1`, `g2`,
// hidden helpers `h1`...), so helper groups never shift Python's group numbers.
// Errors follow CPython's messages and positions. Conditional groups `(?(1)a|b)` have no JavaScript
// equivalent and raise re.error saying so.

import { OverflowError, ValueError, pyError } from '../../objects/exceptions.ts';
import { caseVariants, isCased } from './casefold.ts';
import { translateClass } from './classes.ts';
import { addFlags, FLAG, INLINE_FLAGS, skipVerbose, VERBOSE_SPACE } from './flags.ts';
import { category, charSource, commonEscape, fail, wordBody, type Item } from './escapes.ts';

export { RegexSyntaxError } from './escapes.ts';
export { FLAG } from './flags.ts';

export interface Translated {
  source: string;
  /** JavaScript flags besides `g`/`y`/`d`: `v`, plus `i` when a backreference is case-insensitive. */
  jsFlags: string;
  /** Flags after inline `(?i)`-style flags at the start were merged in. */
  flags: number;
  groups: number;
  groupNames: Map<string, number>;
  /** The group enclosing each group (0 for none), indexed by group number. */
  parents: number[];
  /**
   * Whether a non-empty match can rank below an empty one at the same place. With only greedy
   * quantifiers and no `|`, the path that consumes nothing is tried last, so an empty match means no
   * non-empty one exists there and the search after it can skip that check.
   */
  emptyMayHideLonger: boolean;
  /** For a group inside repeats, the numbers of those repeats (their `R`/`r` helper groups). */
  repeatsOf: (number[] | undefined)[];
  /** The translated body of each repeat that holds groups, indexed by repeat number. */
  repeatBodies: RepeatBody[];
}

export interface RepeatBody {
  body: string;
  lazy: boolean;
  /** The body can match nothing: CPython then ends a greedy repeat with one empty repetition. */
  canBeEmpty: boolean;
  max: number;
  /** First and last group number inside it. */
  groups: [number, number];
}

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

type AtomKind = 'item' | 'anchor' | 'repeat';

interface Atom {
  kind: AtomKind;
  /** Groups opened before it: those after lie inside it. */
  groupsBefore: number;
  /** Where its translation starts in the output, so a quantifier can wrap it. */
  outStart: number;
  min: number;
  max: number;
}

interface Frame {
  kind: 'root' | 'group' | 'plain' | 'lookahead' | 'lookbehind' | 'atomic';
  /** Pattern index of the opening parenthesis. */
  open: number;
  outStart: number;
  group: number;
  groupsBefore: number;
  flags: number;
  /** Width range of the alternatives already closed by `|` (null before the first `|`). */
  alt: [number, number] | null;
  min: number;
  max: number;
  last: Atom | null;
}

/** Group number to width range, for backreferences inside look-behinds. */
type Widths = Map<number, [number, number]>;

export function translate(pattern: string, flagsIn: number): Translated {
  const p = pattern;
  const n = p.length;
  let flags = flagsIn;
  let i = 0;
  // Global inline flags are only allowed at the start in 3.11.
  for (;;) {
    if (flags & FLAG.VERBOSE) i = skipVerbose(p, i);
    const m = /^\(\?([aiLmsux]+)\)/.exec(p.slice(i));
    if (!m) break;
    flags = addFlags(flags, m[1]!, '', i + 2 + m[1]!.length);
    i += m[0].length;
  }
  if (flags & FLAG.ASCII && flagsIn & FLAG.UNICODE) {
    throw pyError(ValueError, 'ASCII and UNICODE flags are incompatible');
  }
  const groupNames = new Map<string, number>();
  const widths: Widths = new Map();
  const openGroups = new Set<number>();
  let groups = 0;
  let hidden = 0;
  let caseBackref = false;
  let repeats = 0;
  let emptyMayHideLonger = false;
  const repeatsOf: (number[] | undefined)[] = [];
  const repeatBodies: RepeatBody[] = [];
  const parents: number[] = [0];
  let out = '';
  const root: Frame = {
    kind: 'root',
    open: 0,
    outStart: 0,
    group: 0,
    groupsBefore: 0,
    flags,
    alt: null,
    min: 0,
    max: 0,
    last: null,
  };
  const stack: Frame[] = [root];
  let top = root;

  const add = (js: string, kind: AtomKind, min: number, max: number): void => {
    top.last = { kind, groupsBefore: groups, outStart: out.length, min, max };
    out += js;
    top.min += min;
    top.max += max;
  };
  const ignoreCase = (): boolean => (top.flags & FLAG.IGNORECASE) !== 0;
  const ascii = (): boolean => (top.flags & FLAG.ASCII) !== 0;
  const addChar = (cp: number): void => {
    if (ignoreCase() && (ascii() ? caseVariants(cp, true).length > 1 : isCased(cp))) {
      add(`[${caseVariants(cp, ascii()).map(charSource).join('')}]`, 'item', 1, 1);
    } else add(charSource(cp), 'item', 1, 1);
  };
  const addItem = (item: Item): void => {
    if (item.kind === 'char') addChar(item.cp);
    else add(`[${item.negate ? '^' : ''}${item.body}]`, 'item', 1, 1);
  };
  const wordBoundary = (negate: boolean): string => {
    const w = wordBody(ascii());
    return negate
      ? // CPython's \B never matches in an empty string.
        `(?!^$)(?:(?<=[${w}])(?=[${w}])|(?<![${w}])(?![${w}]))`
      : `(?:(?<=[${w}])(?![${w}])|(?<![${w}])(?=[${w}]))`;
  };
  const newGroup = (): void => {
    let parent = 0;
    for (const f of stack) if (f.kind === 'group') parent = f.group;
    groups++;
    parents.push(parent);
    openGroups.add(groups);
  };
  const backref = (group: number, at: number): void => {
    if (openGroups.has(group)) fail('cannot refer to an open group', at);
    if (ignoreCase()) caseBackref = true;
    const [min, max] = widths.get(group)!;
    add(`\\k<g${group}>`, 'item', min, max);
  };

  /** The character class starting at `start` (the `[`); returns the index after its `]`. */
  const quantifier = (at: number, lo: number, hi: number, end: number): number => {
    const last = top.last;
    if (last === null || last.kind === 'anchor') fail('nothing to repeat', at);
    if (last.kind === 'repeat') fail('multiple repeat', at);
    let q = p.slice(at, end);
    if (q.startsWith('{')) q = hi === Infinity ? `{${lo},}` : lo === hi ? `{${lo}}` : `{${lo},${hi}}`;
    let k = end;
    let possessive = false;
    if (p[k] === '?') {
      q += '?';
      k++;
      emptyMayHideLonger = true;
    } else if (p[k] === '+') {
      possessive = true;
      k++;
    }
    const body = out.slice(last.outStart);
    // Lookarounds cannot take a quantifier in JavaScript; a group around one can.
    let atom = `(?:${body})${q}`;
    if (lo === 0 && hi === 1 && last.min === 0) {
      // JavaScript rejects an optional repetition that matched nothing and backtracks into it for a
      // longer one; CPython keeps it, so `(a*)?` on 'b' has group 1 == '' and `(?:a*?)?` matches ''.
      // An alternation has no such rule.
      atom = q.length > 1 && q.endsWith('?') ? `(?:|${body})` : `(?:${body}|)`;
      emptyMayHideLonger = true;
    }
    if (hi > 1 && groups > last.groupsBefore) {
      // JavaScript forgets a group's capture when a later repetition skips it; CPython keeps it. The
      // whole repeat (Rk) and its last repetition (rk) are captured so a match can tell when that
      // happened (see objects.ts) instead of reporting a different group value.
      repeats++;
      atom = `(?<R${repeats}>(?:(?<r${repeats}>${body}))${q})`;
      repeatBodies[repeats] = {
        body,
        lazy: q.length > 1 && q.endsWith('?'),
        canBeEmpty: last.min === 0,
        max: hi,
        groups: [last.groupsBefore + 1, groups],
      };
      for (let g = last.groupsBefore + 1; g <= groups; g++) (repeatsOf[g] ??= []).push(repeats);
    }
    out = out.slice(0, last.outStart);
    top.min -= last.min;
    top.max -= last.max;
    const min = last.min * lo;
    const max = hi === 0 ? 0 : last.max * hi;
    if (possessive) {
      hidden++;
      add(`(?=(?<h${hidden}>${atom}))\\k<h${hidden}>`, 'repeat', min, max);
    } else add(atom, 'repeat', min, max);
    return k;
  };

  const openGroup = (
    kind: Frame['kind'],
    js: string,
    at: number,
    group = 0,
    groupFlags = top.flags,
  ): void => {
    const frame: Frame = {
      kind,
      open: at,
      outStart: out.length,
      group,
      groupsBefore: groups - (kind === 'group' ? 1 : 0),
      flags: groupFlags,
      alt: null,
      min: 0,
      max: 0,
      last: null,
    };
    out += js;
    stack.push(frame);
    top = frame;
  };

  while (i < n) {
    const c = p[i]!;
    if (top.flags & FLAG.VERBOSE && (VERBOSE_SPACE.has(c) || c === '#')) {
      i = skipVerbose(p, i);
      continue;
    }
    switch (c) {
      case '\\': {
        const d = p[i + 1];
        if (d === undefined) fail('bad escape (end of pattern)', i);
        const cat = category(d, ascii());
        if (cat !== null) {
          addItem(cat);
          i += 2;
        } else if (d === 'b' || d === 'B') {
          add(wordBoundary(d === 'B'), 'anchor', 0, 0);
          i += 2;
        } else if (d === 'A') {
          add('^', 'anchor', 0, 0);
          i += 2;
        } else if (d === 'Z') {
          add('$', 'anchor', 0, 0);
          i += 2;
        } else if (/[1-9]/.test(d)) {
          const digits = /^[0-9]{1,3}/.exec(p.slice(i + 1))![0];
          if (digits.length === 3 && /^[0-7]{3}$/.test(digits)) {
            const cp = Number.parseInt(digits, 8);
            if (cp > 0o377) fail(`octal escape value \\${digits} outside of range 0-0o377`, i);
            addChar(cp);
            i += 4;
          } else {
            const ref = digits.slice(0, 2);
            const group = Number(ref);
            if (group > groups) fail(`invalid group reference ${group}`, i + 1);
            backref(group, i);
            i += 1 + ref.length;
          }
        } else {
          const [cp, next] = commonEscape(p, i, false);
          addChar(cp);
          i = next;
        }
        continue;
      }
      case '[': {
        const [js, next] = translateClass(p, i, ignoreCase(), ascii());
        add(js, 'item', 1, 1);
        i = next;
        continue;
      }
      case '(': {
        if (p[i + 1] !== '?') {
          newGroup();
          openGroup('group', `(?<g${groups}>`, i, groups);
          i++;
          continue;
        }
        i = parseExtension(i);
        continue;
      }
      case ')': {
        if (top.kind === 'root') fail('unbalanced parenthesis', i);
        const frame = top;
        const min = frame.alt === null ? frame.min : Math.min(frame.alt[0], frame.min);
        const max = frame.alt === null ? frame.max : Math.max(frame.alt[1], frame.max);
        if (frame.kind === 'lookbehind' && min !== max)
          fail('look-behind requires fixed-width pattern', null);
        stack.pop();
        top = stack[stack.length - 1]!;
        i++;
        if (frame.kind === 'group') {
          openGroups.delete(frame.group);
          widths.set(frame.group, [min, max]);
        }
        const lookaround = frame.kind === 'lookahead' || frame.kind === 'lookbehind';
        if (frame.kind === 'atomic') {
          out += `))\\k<h${frame.group}>`;
        } else out += ')';
        top.last = {
          kind: 'item',
          groupsBefore: frame.groupsBefore,
          outStart: frame.outStart,
          min: lookaround ? 0 : min,
          max: lookaround ? 0 : max,
        };
        top.min += top.last.min;
        top.max += top.last.max;
        continue;
      }
      case '|':
        top.alt =
          top.alt === null
            ? [top.min, top.max]
            : [Math.min(top.alt[0], top.min), Math.max(top.alt[1], top.max)];
        top.min = 0;
        top.max = 0;
        top.last = null;
        out += '|';
        emptyMayHideLonger = true;
        i++;
        continue;
      case '*':
        i = quantifier(i, 0, Infinity, i + 1);
        continue;
      case '+':
        i = quantifier(i, 1, Infinity, i + 1);
        continue;
      case '?':
        i = quantifier(i, 0, 1, i + 1);
        continue;
      case '{': {
        const q = /^\{(\d*)(?:(,)(\d*))?\}/.exec(p.slice(i));
        if (q && p[i + 1] !== '}') {
          const lo = q[1] === '' ? 0 : Number(q[1]);
          const hi = q[2] === undefined ? lo : q[3] === '' ? Infinity : Number(q[3]);
          if (lo >= 0xffffffff || (hi !== Infinity && hi >= 0xffffffff)) {
            throw pyError(OverflowError, 'the repetition number is too large');
          }
          if (hi < lo) fail('min repeat greater than max repeat', i + 1);
          i = quantifier(i, lo, hi, i + q[0].length);
          continue;
        }
        addChar(0x7b);
        i++;
        continue;
      }
      case '.':
        add(top.flags & FLAG.DOTALL ? '[\\s\\S]' : '[^\\n]', 'item', 1, 1);
        i++;
        continue;
      case '^':
        add(top.flags & FLAG.MULTILINE ? '(?:^|(?<=\\n))' : '^', 'anchor', 0, 0);
        i++;
        continue;
      case '$':
        add(top.flags & FLAG.MULTILINE ? '(?=\\n|$)' : '(?=\\n?$)', 'anchor', 0, 0);
        i++;
        continue;
      default: {
        const cp = p.codePointAt(i)!;
        addChar(cp);
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }
  if (top.kind !== 'root') fail('missing ), unterminated subpattern', top.open);
  return {
    source: out,
    jsFlags: caseBackref ? 'vi' : 'v',
    flags,
    groups,
    groupNames,
    parents,
    repeatsOf,
    repeatBodies,
    emptyMayHideLonger,
  };

  /** `(?...)` at `at`; returns the index after what it consumed. */
  function parseExtension(at: number): number {
    const c = p[at + 2];
    if (c === undefined) fail('unexpected end of pattern', at + 2);
    if (c === 'P') {
      const d = p[at + 3];
      if (d === undefined) fail('unexpected end of pattern', at + 3);
      if (d === '<') {
        const close = p.indexOf('>', at + 4);
        if (close < 0) fail('missing >, unterminated name', at + 4);
        const name = p.slice(at + 4, close);
        if (name === '') fail('missing group name', at + 4);
        if (!IDENTIFIER.test(name)) fail(`bad character in group name '${name}'`, at + 4);
        if (groupNames.has(name)) {
          const was = groupNames.get(name)!;
          fail(`redefinition of group name '${name}' as group ${groups + 1}; was group ${was}`, at + 4);
        }
        newGroup();
        groupNames.set(name, groups);
        openGroup('group', `(?<g${groups}>`, at, groups);
        return close + 1;
      }
      if (d === '=') {
        const close = p.indexOf(')', at + 4);
        if (close < 0) fail('missing ), unterminated name', at + 4);
        const name = p.slice(at + 4, close);
        if (name === '') fail('missing group name', at + 4);
        if (!IDENTIFIER.test(name)) fail(`bad character in group name '${name}'`, at + 4);
        const group = groupNames.get(name);
        if (group === undefined) fail(`unknown group name '${name}'`, at + 4);
        backref(group, at + 4);
        return close + 1;
      }
      fail(`unknown extension ?P${d}`, at + 1);
    }
    if (c === '#') {
      const close = p.indexOf(')', at + 3);
      if (close < 0) fail('missing ), unterminated comment', at);
      return close + 1;
    }
    if (c === ':') {
      openGroup('plain', '(?:', at);
      return at + 3;
    }
    if (c === '=' || c === '!') {
      openGroup('lookahead', `(?${c}`, at);
      return at + 3;
    }
    if (c === '<') {
      const d = p[at + 3];
      if (d === '=' || d === '!') {
        openGroup('lookbehind', `(?<${d}`, at);
        return at + 4;
      }
      if (d === undefined) fail('unexpected end of pattern', at + 3);
      fail(`unknown extension ?<${d}`, at + 1);
    }
    if (c === '>') {
      hidden++;
      openGroup('atomic', `(?=(?<h${hidden}>`, at, hidden);
      return at + 3;
    }
    if (c === '(') fail('conditional groups (?(id)yes|no) are not supported by this interpreter', at);
    if (/[aiLmsux-]/.test(c)) {
      const m = /^([aiLmsux]*)(?:-([aiLmsux]*))?/.exec(p.slice(at + 2))!;
      let k = at + 2 + m[0].length;
      if (k >= n) fail('missing -, : or )', k);
      if (p[k] === ')') {
        if (m[2] !== undefined) fail('missing :', k);
        fail('global flags not at the start of the expression', at);
      }
      if (p[k] !== ':') fail(m[2] === undefined ? 'missing -, : or )' : 'missing :', k);
      if (m[2] !== undefined && m[2] === '') fail('missing flag', k);
      const on = m[1]!;
      const off = m[2] ?? '';
      for (const f of off) if (on.includes(f)) fail('bad inline flags: flag turned on and off', k);
      let scoped = addFlags(top.flags, on, off, k);
      for (const f of off) scoped &= ~INLINE_FLAGS[f]!;
      k++;
      openGroup('plain', '(?:', at, 0, scoped);
      return k;
    }
    fail(`unknown extension ?${c}`, at + 1);
  }
}
