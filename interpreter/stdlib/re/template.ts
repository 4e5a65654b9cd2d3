// Replacement templates for re.sub and Match.expand: \1, \g<1>, \g<name>, and the string escapes.

import { IndexError, pyError } from '../../objects/exceptions.ts';
import type { PyType } from '../../objects/type.ts';
import type { PyMatch } from './objects.ts';

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

export function expandTemplate(m: PyMatch, template: string, errorType: PyType): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const d = template[i + 1];
    if (d === undefined) throw pyError(errorType, `bad escape (end of pattern) at position ${i}`);
    if (d === 'g') {
      const close = template.indexOf('>', i);
      if (template[i + 2] !== '<' || close < 0) throw pyError(errorType, `missing < at position ${i + 2}`);
      const name = template.slice(i + 3, close);
      let index: number;
      if (/^\d+$/.test(name)) index = Number(name);
      else {
        const n = m.re.t.groupNames.get(name);
        if (n === undefined) throw pyError(IndexError, `unknown group name '${name}'`);
        index = n;
      }
      if (index > m.re.t.groups)
        throw pyError(errorType, `invalid group reference ${index} at position ${i + 3}`);
      out += m.m[index] ?? '';
      i = close;
      continue;
    }
    if (/[1-9]/.test(d)) {
      let ref = d;
      if (/\d/.test(template[i + 2] ?? '')) ref += template[i + 2];
      const index = Number(ref);
      if (index > m.re.t.groups)
        throw pyError(errorType, `invalid group reference ${index} at position ${i + 1}`);
      out += m.m[index] ?? '';
      i += ref.length;
      continue;
    }
    if (d === '0') {
      const oct = /^[0-7]{1,3}/.exec(template.slice(i + 1))![0];
      out += String.fromCharCode(Number.parseInt(oct, 8));
      i += oct.length;
      continue;
    }
    if (ESCAPES[d] !== undefined) {
      out += ESCAPES[d];
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(d)) throw pyError(errorType, `bad escape \\${d} at position ${i}`);
    out += '\\' + d;
    i++;
  }
  return out;
}
