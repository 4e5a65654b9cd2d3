// Decoding of Python literal text: string escapes and numbers. Tree-sitter gives us the source text only.

/** Decodes backslash escapes (and, in f-strings, doubled braces) the way the Python tokenizer does. */
export function decodeEscapes(raw: string, isBytes: boolean, isFString: boolean): string {
  if (raw.indexOf('\\') < 0 && !(isFString && (raw.includes('{{') || raw.includes('}}')))) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (isFString && (c === '{' || c === '}') && raw[i + 1] === c) {
      out += c;
      i++;
      continue;
    }
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const n = raw[++i]!;
    switch (n) {
      case '\n':
        break;
      case '\r':
        if (raw[i + 1] === '\n') i++;
        break;
      case '\\':
      case "'":
      case '"':
        out += n;
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      }
      case 'u':
      case 'U': {
        if (isBytes) {
          out += '\\' + n;
          break;
        }
        const len = n === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(raw.slice(i + 1, i + 1 + len), 16));
        i += len;
        break;
      }
      default:
        if (n >= '0' && n <= '7') {
          let j = i;
          while (j < i + 3 && j < raw.length && raw[j]! >= '0' && raw[j]! <= '7') j++;
          out += String.fromCharCode(parseInt(raw.slice(i, j), 8));
          i = j - 1;
        } else {
          // Unknown escapes keep their backslash, as in Python.
          out += '\\' + n;
        }
    }
  }
  return out;
}

/** Parses an integer literal (`0x1F`, `1_000`, `0o17`, `0b101`). */
export function parseIntLiteral(text: string): bigint {
  const t = text.replace(/_/g, '').toLowerCase();
  if (/^0+$/.test(t)) return 0n;
  return BigInt(t);
}

export function parseFloatLiteral(text: string): number {
  return Number(text.replace(/_/g, ''));
}
