// repr() of str and bytes: CPython's quote selection and escaping rules.

/** Characters str.isprintable() rejects (other than the ASCII ones handled inline). */
export const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Fast check: only printable ASCII without quotes or backslashes. */
const PLAIN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

export function strRepr(s: string): string {
  if (PLAIN.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x5c) out += '\\\\';
      else if (c === 0x27 && quote === "'") out += "\\'";
      else out += s[i];
      continue;
    }
    if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else {
      let cp = c;
      let ch = s[i]!;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          ch = s.slice(i, i + 2);
          i++;
        }
      }
      out += escapeIfUnprintable(cp, ch);
    }
  }
  return out + quote;
}

function escapeIfUnprintable(cp: number, ch: string): string {
  if (!NON_PRINTABLE.test(ch)) return ch;
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** Escapes every non-ASCII character as ascii() does (applied to an already-escaped repr). */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out;
}

/**
 * `b'...'`. bytearray's repr (`escapeSingle`) escapes every `'`, even inside double quotes, as CPython's
 * bytearray_repr does.
 */
export function bytesRepr(data: Uint8Array, prefix = 'b', escapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const b of data) {
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x27 && (quote === "'" || escapeSingle)) out += "\\'";
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + hex(b, 2);
    else out += String.fromCharCode(b);
  }
  return out + quote;
}
