// Character classes `[...]`: items, ranges (checked as CPython does), category escapes, and the extra
// characters IGNORECASE adds. The result is a JavaScript `v`-mode class, where `[^\W\d]`-style negated
// categories nest.

import { caseVariants, rangeCaseExtras } from './casefold.ts';
import { category, charSource, commonEscape, fail, type Item } from './escapes.ts';

/** The class whose `[` is at `start`: its JavaScript translation and the index after its `]`. */
export function translateClass(p: string, start: number, ic: boolean, asc: boolean): [string, number] {
  const n = p.length;
  let k = start + 1;
  let negate = false;
  if (p[k] === '^') {
    negate = true;
    k++;
  }
  let body = '';
  const readItem = (): [Item, string] => {
    const from = k;
    if (p[k] === '\\') {
      const c = p[k + 1];
      if (c === undefined) fail('unterminated character set', start);
      const cat = category(c, asc);
      if (cat !== null) {
        k += 2;
        return [cat, p.slice(from, k)];
      }
      if (c === 'b') {
        k += 2;
        return [{ kind: 'char', cp: 8 }, '\\b'];
      }
      if (/[89]/.test(c)) fail(`bad escape \\${c}`, k);
      const [cp, next] = commonEscape(p, k, true);
      k = next;
      return [{ kind: 'char', cp }, p.slice(from, k)];
    }
    const cp = p.codePointAt(k)!;
    k += cp > 0xffff ? 2 : 1;
    return [{ kind: 'char', cp }, p.slice(from, k)];
  };
  const emitChar = (cp: number): string =>
    ic ? caseVariants(cp, asc).map(charSource).join('') : charSource(cp);
  let first = true;
  for (;;) {
    if (k >= n) fail('unterminated character set', start);
    if (p[k] === ']' && !first) break;
    first = false;
    const itemAt = k;
    const [item, src] = readItem();
    if (p[k] === '-' && k + 1 < n && p[k + 1] !== ']') {
      k++;
      if (k >= n) fail('unterminated character set', start);
      const [hiItem, hiSrc] = readItem();
      if (item.kind !== 'char' || hiItem.kind !== 'char' || hiItem.cp < item.cp)
        fail(`bad character range ${src}-${hiSrc}`, itemAt);
      body += `${charSource(item.cp)}-${charSource(hiItem.cp)}`;
      if (ic) body += rangeCaseExtras(item.cp, hiItem.cp, asc).map(charSource).join('');
    } else if (item.kind === 'char') body += emitChar(item.cp);
    else body += item.negate ? `[^${item.body}]` : item.body;
  }
  return [`[${negate ? '^' : ''}${body}]`, k + 1];
}
