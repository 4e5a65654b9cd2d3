// Replacement templates for re.sub and Match.expand: \1, \g<1>, \g<name>, and the string escapes. A
// template is parsed once per sub() call into literal text and group references, with CPython's errors.

import { IndexError, pyError } from '../../objects/exceptions.ts';
import type { PyType } from '../../objects/type.ts';
import type { PyMatch, PyPattern } from './objects.ts';

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
  a: '\x07',
  b: '\b',
  '\\': '\\',
};

/** Literal strings and group numbers, in order. */
export type Template = (string | number)[];

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

export function parseTemplate(p: PyPattern, template: string, errorType: PyType): Template {
  const fail = (msg: string, at: number): never => {
    throw pyError(errorType, `${msg} at position ${at}`);
  };
  const parts: Template = [];
  let text = '';
  const group = (index: number, at: number): void => {
    if (index > p.t.groups) fail(`invalid group reference ${index}`, at);
    if (text !== '') parts.push(text);
    text = '';
    parts.push(index);
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const d = template[i + 1];
    if (d === undefined) fail('bad escape (end of pattern)', i);
    if (d === 'g') {
      if (template[i + 2] !== '<') fail('missing <', i + 2);
      const close = template.indexOf('>', i + 3);
      if (close < 0) fail('missing >, unterminated name', i + 3);
      const name = template.slice(i + 3, close);
      if (name === '') fail('missing group name', i + 3);
      const named = p.t.groupNames.get(name);
      if (named !== undefined) group(named, i + 3);
      else if (/^\s*[+]?\d+\s*$/.test(name)) group(Number(name), i + 3);
      else if (IDENTIFIER.test(name)) throw pyError(IndexError, `unknown group name '${name}'`);
      else fail(`bad character in group name '${name}'`, i + 3);
      i = close;
      continue;
    }
    if (d === '0') {
      const oct = /^[0-7]{1,3}/.exec(template.slice(i + 1, i + 4))![0];
      text += String.fromCharCode(Number.parseInt(oct, 8));
      i += oct.length;
      continue;
    }
    if (/[1-9]/.test(d)) {
      const digits = /^[0-9]{1,3}/.exec(template.slice(i + 1))![0];
      if (digits.length === 3 && /^[0-7]{3}$/.test(digits)) {
        const cp = Number.parseInt(digits, 8);
        if (cp > 0o377) fail(`octal escape value \\${digits} outside of range 0-0o377`, i);
        text += String.fromCharCode(cp);
        i += 3;
        continue;
      }
      const ref = digits.slice(0, 2);
      group(Number(ref), i + 1);
      i += ref.length;
      continue;
    }
    if (ESCAPES[d] !== undefined) {
      text += ESCAPES[d];
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(d)) fail(`bad escape \\${d}`, i);
    text += '\\' + d;
    i++;
  }
  if (text !== '') parts.push(text);
  return parts;
}

export function expandTemplate(m: PyMatch, template: Template): string {
  let out = '';
  for (const part of template)
    out += typeof part === 'string' ? part : ((m.group(part) as string | null) ?? '');
  return out;
}
