// Translation of Python `re` syntax into an equivalent JavaScript RegExp (with the `u` and `d` flags).
// Constructs whose meaning differs are rewritten (`$`, `^`, `.`, `\A`, `\Z`, `\d`/`\w`/`\s`/`\b` with
// Unicode semantics, `{` that is not a quantifier, `(?P<name>...)`, inline global flags); constructs
// JavaScript cannot express (scoped inline flags, atomic groups, possessive quantifiers, conditionals)
// raise re.error with a clear message instead of matching differently.

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

/** A syntax error in the pattern, reported as CPython's re.error text. */
export class RegexSyntaxError extends Error {}

export interface Translated {
  source: string;
  ignoreCase: boolean;
  /** Flags after inline `(?i)`-style flags were merged in. */
  flags: number;
  groups: number;
  groupNames: Map<string, number>;
}

const INLINE_FLAGS: Record<string, number> = {
  i: FLAG.IGNORECASE,
  L: FLAG.LOCALE,
  m: FLAG.MULTILINE,
  s: FLAG.DOTALL,
  u: FLAG.UNICODE,
  x: FLAG.VERBOSE,
  a: FLAG.ASCII,
};

const WORD_U = '\\p{L}\\p{N}_';
const WORD_A = 'A-Za-z0-9_';
const SPACE_U = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACE_A = '\\t-\\r ';
const SYNTAX = new Set('^$\\.*+?()[]{}|/-');

/** A literal character, escaped so it is valid inside or outside a class in `u` mode. */
function literal(ch: string, inClass = false): string {
  if (ch === '-' && !inClass) return ch;
  if (SYNTAX.has(ch)) return '\\' + ch;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  return ch;
}

const IDENT = /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*$/;

export function translate(pattern: string, flagsIn: number): Translated {
  let flags = flagsIn;
  // Global inline flags must come first in 3.11; read them before translating.
  let i = 0;
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    for (const c of m[1]!) flags |= INLINE_FLAGS[c]!;
    i += m[0].length;
  }
  const ascii = (flags & FLAG.ASCII) !== 0;
  const verbose = (flags & FLAG.VERBOSE) !== 0;
  const multiline = (flags & FLAG.MULTILINE) !== 0;
  const dotall = (flags & FLAG.DOTALL) !== 0;
  const word = ascii ? WORD_A : WORD_U;
  const space = ascii ? SPACE_A : SPACE_U;
  const digit = ascii ? '0-9' : '\\p{Nd}';
  const groupNames = new Map<string, number>();
  let groups = 0;
  let depth = 0;
  let out = '';
  /** Whether the previous item can take a quantifier. */
  let canRepeat = false;
  const n = pattern.length;
  const fail = (msg: string, at: number): never => {
    throw new RegexSyntaxError(`${msg} at position ${at}`);
  };

  const escapeClassItem = (at: number): [string, number] => {
    const c = pattern[at + 1];
    if (c === undefined) fail('bad escape (end of pattern)', at);
    switch (c) {
      case 'd':
        return [digit, at + 2];
      case 'w':
        return [word, at + 2];
      case 's':
        return [space, at + 2];
      case 'D':
        return ['\\D', at + 2];
      case 'W':
        return ['\\W', at + 2];
      case 'S':
        return ['\\S', at + 2];
      case 'b':
        return ['\\x08', at + 2];
    }
    return commonEscape(at, true);
  };

  /** Escapes with the same meaning in and out of classes: \n, \x41, \u0041, \U0001f600, \0, octal. */
  const commonEscape = (at: number, inClass = false): [string, number] => {
    const c = pattern[at + 1]!;
    const simple: Record<string, string> = { n: '\\n', t: '\\t', r: '\\r', f: '\\f', v: '\\v', a: '\\x07' };
    if (simple[c] !== undefined) return [simple[c]!, at + 2];
    if (c === 'x') {
      const h = /^[0-9a-fA-F]{2}/.exec(pattern.slice(at + 2));
      if (!h) fail(`incomplete escape \\x${pattern.slice(at + 2, at + 4)}`, at);
      return ['\\x' + h![0], at + 4];
    }
    if (c === 'u' || c === 'U') {
      const len = c === 'u' ? 4 : 8;
      const h = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(pattern.slice(at + 2));
      if (!h) fail(`incomplete escape \\${c}${pattern.slice(at + 2, at + 2 + len)}`, at);
      return [`\\u{${Number.parseInt(h![0], 16).toString(16)}}`, at + 2 + len];
    }
    if (c === '0') {
      const o = /^[0-7]{0,2}/.exec(pattern.slice(at + 2))![0];
      return [
        '\\x' +
          Number.parseInt('0' + o, 8)
            .toString(16)
            .padStart(2, '0'),
        at + 2 + o.length,
      ];
    }
    if (/[A-Za-z0-9]/.test(c)) fail(`bad escape \\${c}`, at);
    return [literal(c, inClass), at + 2];
  };

  while (i < n) {
    const c = pattern[i]!;
    if (verbose && /\s/.test(c)) {
      i++;
      continue;
    }
    if (verbose && c === '#') {
      while (i < n && pattern[i] !== '\n') i++;
      continue;
    }
    switch (c) {
      case '\\': {
        const d = pattern[i + 1];
        if (d === undefined) fail('bad escape (end of pattern)', i);
        let piece: string;
        let next = i + 2;
        canRepeat = true;
        switch (d) {
          case 'd':
            piece = ascii ? '[0-9]' : '\\p{Nd}';
            break;
          case 'D':
            piece = `[^${digit}]`;
            break;
          case 'w':
            piece = `[${word}]`;
            break;
          case 'W':
            piece = `[^${word}]`;
            break;
          case 's':
            piece = `[${space}]`;
            break;
          case 'S':
            piece = `[^${space}]`;
            break;
          case 'b':
            piece = `(?:(?<=[${word}])(?![${word}])|(?<![${word}])(?=[${word}]))`;
            canRepeat = false;
            break;
          case 'B':
            piece = `(?:(?<=[${word}])(?=[${word}])|(?<![${word}])(?![${word}]))`;
            canRepeat = false;
            break;
          case 'A':
            piece = '(?<![\\s\\S])';
            canRepeat = false;
            break;
          case 'Z':
            piece = '(?![\\s\\S])';
            canRepeat = false;
            break;
          default: {
            if (/[1-9]/.test(d)) {
              const ref = /^[0-9]{1,2}/.exec(pattern.slice(i + 1))![0];
              if (Number(ref) > groups) fail(`invalid group reference ${ref}`, i + 1);
              piece = `\\${ref}(?:)`;
              next = i + 1 + ref.length;
            } else [piece, next] = commonEscape(i);
          }
        }
        out += piece;
        i = next;
        continue;
      }
      case '[': {
        const start = i;
        i++;
        let cls = '[';
        if (pattern[i] === '^') {
          cls += '^';
          i++;
        }
        let first = true;
        for (;;) {
          if (i >= n) fail('unterminated character set', start);
          const ch = pattern[i]!;
          if (ch === ']' && !first) break;
          if (ch === '\\') {
            const [piece, next] = escapeClassItem(i);
            cls += piece;
            i = next;
          } else if (ch === '-') {
            cls += '-';
            i++;
          } else {
            cls += literal(ch, true);
            i++;
          }
          first = false;
        }
        out += cls + ']';
        i++;
        canRepeat = true;
        continue;
      }
      case '(': {
        if (pattern[i + 1] !== '?') {
          groups++;
          depth++;
          out += '(';
          i++;
          canRepeat = false;
          continue;
        }
        const rest = pattern.slice(i + 2);
        const named = /^P<([^>]*)>/.exec(rest);
        if (named) {
          const name = named[1]!;
          if (!IDENT.test(name)) fail(`bad character in group name '${name}'`, i + 4);
          if (groupNames.has(name))
            fail(
              `redefinition of group name '${name}' as group ${groups + 1}; was group ${groupNames.get(name)}`,
              i + 4,
            );
          groups++;
          depth++;
          groupNames.set(name, groups);
          out += `(?<${name}>`;
          i += 2 + named[0].length;
          canRepeat = false;
          continue;
        }
        const backref = /^P=([^)]*)\)/.exec(rest);
        if (backref) {
          const name = backref[1]!;
          if (!groupNames.has(name)) fail(`unknown group name '${name}'`, i + 4);
          out += `\\k<${name}>`;
          i += 2 + backref[0].length;
          canRepeat = true;
          continue;
        }
        if (rest.startsWith('#')) {
          const end = pattern.indexOf(')', i);
          if (end < 0) fail('missing ), unterminated comment', i);
          i = end + 1;
          continue;
        }
        const simple = /^(:|=|!|<=|<!)/.exec(rest);
        if (simple) {
          depth++;
          out += '(?' + simple[1];
          i += 2 + simple[1]!.length;
          canRepeat = false;
          continue;
        }
        if (/^[aiLmsux-]+[:)]/.test(rest)) {
          if (/^[aiLmsux]+\)/.test(rest)) fail('global flags not at the start of the expression', i);
          fail('scoped inline flags (?flags:...) are not supported by this interpreter', i);
        }
        if (rest.startsWith('>')) fail('atomic groups (?>...) are not supported by this interpreter', i);
        if (rest.startsWith('('))
          fail('conditional groups (?(id)...) are not supported by this interpreter', i);
        fail(`unknown extension ?${rest[0] ?? ''}`, i + 1);
        continue;
      }
      case ')':
        if (depth === 0) fail('unbalanced parenthesis', i);
        depth--;
        out += ')';
        i++;
        canRepeat = true;
        continue;
      case '*':
      case '+':
      case '?': {
        if (!canRepeat) fail(c === '?' && out.endsWith('?') ? 'multiple repeat' : 'nothing to repeat', i);
        out += c;
        i++;
        if (pattern[i] === '?') {
          out += '?';
          i++;
        } else if (pattern[i] === '+')
          fail('possessive quantifiers are not supported by this interpreter', i);
        canRepeat = false;
        continue;
      }
      case '{': {
        const q = /^\{(\d*)(?:(,)(\d*))?\}/.exec(pattern.slice(i));
        if (q && (q[1] !== '' || q[2] !== undefined)) {
          if (!canRepeat) fail('nothing to repeat', i);
          const lo = q[1] === '' ? '0' : q[1]!;
          out += q[2] === undefined ? `{${lo}}` : `{${lo},${q[3]}}`;
          if (q[3] !== '' && q[3] !== undefined && Number(q[3]) < Number(lo))
            fail('min repeat greater than max repeat', i + 1);
          i += q[0].length;
          if (pattern[i] === '?') {
            out += '?';
            i++;
          }
          canRepeat = false;
          continue;
        }
        out += '\\{';
        i++;
        canRepeat = true;
        continue;
      }
      case '.':
        out += dotall ? '[\\s\\S]' : '[^\\n]';
        i++;
        canRepeat = true;
        continue;
      case '^':
        out += multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])';
        i++;
        canRepeat = false;
        continue;
      case '$':
        out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
        i++;
        canRepeat = false;
        continue;
      case '|':
        out += '|';
        i++;
        canRepeat = false;
        continue;
      default:
        out += literal(c);
        i++;
        canRepeat = true;
    }
  }
  if (depth > 0) {
    let open = -1;
    for (let k = n - 1, d = 0; k >= 0; k--) {
      if (pattern[k] === ')' && pattern[k - 1] !== '\\') d++;
      if (pattern[k] === '(' && pattern[k - 1] !== '\\') {
        if (d === 0) {
          open = k;
          break;
        }
        d--;
      }
    }
    fail('missing ), unterminated subpattern', Math.max(open, 0));
  }
  return { source: out, ignoreCase: (flags & FLAG.IGNORECASE) !== 0, flags, groups, groupNames };
}
