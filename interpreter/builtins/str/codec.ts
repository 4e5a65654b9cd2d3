// The few codecs programs use (utf-8, ascii, latin-1) with CPython's error handlers and messages.

import { LookupError, UnicodeDecodeError, UnicodeEncodeError, pyError } from '../../objects/exceptions.ts';

type Codec =
  'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be';

/**
 * Codecs we know by name but do not implement beyond ASCII (they are ASCII-compatible, so ASCII text
 * round-trips exactly; other characters raise as if unencodable).
 */
const ASCII_COMPATIBLE = new Set([
  'shift-jis',
  'shiftjis',
  'sjis',
  'cp932',
  'euc-jp',
  'eucjp',
  'euc-kr',
  'euckr',
  'gbk',
  'gb2312',
  'gb18030',
  'big5',
  'cp1252',
  'windows-1252',
  'cp1251',
  'windows-1251',
  'cp437',
  'cp850',
  'iso-8859-2',
  'iso-8859-15',
  'latin-9',
  'koi8-r',
  'koi8-u',
  'mac-roman',
  'utf-7',
  'cp1250',
  'iso2022-jp',
  'iso-2022-jp',
]);

/** The codec CPython would name in its messages for one of the ASCII-compatible aliases. */
function canonicalForeign(n: string): string {
  if (n === 'sjis' || n === 'shiftjis') return 'shift_jis';
  if (n === 'windows-1252') return 'cp1252';
  if (n === 'windows-1251') return 'cp1251';
  return n.replace(/-/g, '_');
}

/** Codecs CPython has that map bytes to bytes or str to str: str.encode and bytes.decode refuse them. */
const NON_TEXT_CODECS = new Set([
  'rot-13',
  'rot13',
  'hex',
  'hex-codec',
  'base64',
  'base-64',
  'base64-codec',
  'zlib',
  'zip',
  'zlib-codec',
  'bz2',
  'bz2-codec',
  'uu',
  'uu-codec',
  'quopri',
  'quopri-codec',
  'quotedprintable',
  'quoted-printable',
]);

export function normalizeEncoding(name: string, direction: 'encode' | 'decode' = 'encode'): Codec {
  // CPython's normalize_encoding: runs of other characters than letters, digits and '.' become one
  // separator, and leading or trailing ones go (so 'UTF--' and ' utf 8 ' name UTF-8).
  const n = name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (NON_TEXT_CODECS.has(n)) {
    throw pyError(
      LookupError,
      `'${name}' is not a text encoding; use codecs.${direction}() to handle arbitrary codecs`,
    );
  }
  if (n === 'utf-16' || n === 'utf16') return 'utf-16';
  if (n === 'utf-16-le' || n === 'utf-16le') return 'utf-16-le';
  if (n === 'utf-16-be' || n === 'utf-16be') return 'utf-16-be';
  if (n === 'utf-32' || n === 'utf32') return 'utf-32';
  if (n === 'utf-32-le' || n === 'utf-32le') return 'utf-32-le';
  if (n === 'utf-32-be' || n === 'utf-32be') return 'utf-32-be';
  if (ASCII_COMPATIBLE.has(n)) return `ascii:${canonicalForeign(n)}` as Codec;
  if (n === 'utf-8' || n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (n === 'ascii' || n === 'us-ascii' || n === '646') return 'ascii';
  if (
    n === 'latin-1' ||
    n === 'latin1' ||
    n === 'iso-8859-1' ||
    n === 'iso8859-1' ||
    n === 'l1' ||
    n === '8859'
  ) {
    return 'latin-1';
  }
  throw pyError(LookupError, `unknown encoding: ${name}`);
}

function charEscape(cp: number): string {
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function unknownHandler(errors: string): never {
  throw pyError(LookupError, `unknown error handler name '${errors}'`);
}

function encodeWide(cps: number[], codec: Codec): Uint8Array {
  const wide = codec.startsWith('utf-32');
  const big = codec.endsWith('-be');
  const units: number[] = [];
  if (codec === 'utf-16' || codec === 'utf-32') units.push(0xfeff);
  for (const cp of cps) {
    if (wide || cp < 0x10000) units.push(cp);
    else units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
  }
  const size = wide ? 4 : 2;
  const out = new Uint8Array(units.length * size);
  units.forEach((u, i) => {
    for (let k = 0; k < size; k++) {
      const byte = (u >>> (8 * k)) & 0xff;
      out[i * size + (big ? size - 1 - k : k)] = byte;
    }
  });
  return out;
}

function decodeWide(data: Uint8Array, codec: Codec): string {
  const size = codec.startsWith('utf-32') ? 4 : 2;
  let big = codec.endsWith('-be');
  let i = 0;
  if (codec === 'utf-16' || codec === 'utf-32') {
    if (data.length >= size && data[0] === 0xfe && data[1] === 0xff && size === 2) {
      big = true;
      i = 2;
    } else if (data.length >= size && data[0] === 0xff && data[1] === 0xfe) i = size;
  }
  let out = '';
  for (; i + size <= data.length; i += size) {
    let u = 0;
    for (let k = 0; k < size; k++) u |= data[i + (big ? size - 1 - k : k)]! << (8 * k);
    out += size === 4 ? String.fromCodePoint(u >>> 0) : String.fromCharCode(u);
  }
  if (i < data.length) {
    throw pyError(
      UnicodeDecodeError,
      `'${codec.replace('-', '')}' codec can't decode byte 0x${data[i]!.toString(16).padStart(2, '0')} in position ${i}: truncated data`,
    );
  }
  return out;
}

export function encodeString(s: string, encoding: string, errors: string): Uint8Array {
  const codec = normalizeEncoding(encoding);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return encodeWide(cps, codec);
  const foreign = codec.startsWith('ascii:') ? codec.slice(6) : null;
  const out: number[] = [];
  const limit = codec === 'latin-1' ? 0x100 : codec === 'utf-8' ? 0x110000 : 0x80;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    const surrogate = cp >= 0xd800 && cp < 0xe000;
    if (cp < limit && !surrogate) {
      if (codec !== 'utf-8' || cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      continue;
    }
    switch (errors) {
      case 'strict': {
        let end = i + 1;
        if (codec !== 'utf-8') while (end < cps.length && cps[end]! >= limit) end++;
        const reason =
          codec === 'utf-8'
            ? 'surrogates not allowed'
            : foreign
              ? 'illegal multibyte sequence'
              : `ordinal not in range(${limit})`;
        const where =
          end - i === 1
            ? `character '${charEscape(cp)}' in position ${i}`
            : `characters in position ${i}-${end - 1}`;
        throw pyError(UnicodeEncodeError, `'${foreign ?? codec}' codec can't encode ${where}: ${reason}`);
      }
      case 'ignore':
        break;
      case 'replace':
        out.push(0x3f);
        break;
      case 'backslashreplace':
        for (const ch of charEscape(cp)) out.push(ch.charCodeAt(0));
        break;
      case 'xmlcharrefreplace':
        for (const ch of `&#${cp};`) out.push(ch.charCodeAt(0));
        break;
      default:
        unknownHandler(errors);
    }
  }
  return Uint8Array.from(out);
}

/** Length of the valid UTF-8 prefix of the sequence at i, and why it stops (undefined when complete). */
function utf8Sequence(data: Uint8Array, i: number): { len: number; error?: string } {
  const b = data[i]!;
  if (b < 0x80) return { len: 1 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return { len: 1, error: 'invalid start byte' };
  for (let k = 1; k <= need; k++) {
    if (i + k >= data.length) return { len: k, error: 'unexpected end of data' };
    const c = data[i + k]!;
    const [l, h] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (c < l || c > h) return { len: k, error: 'invalid continuation byte' };
  }
  return { len: need + 1 };
}

export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const codec = normalizeEncoding(encoding, 'decode');
  if (codec.startsWith('utf-16') || codec.startsWith('utf-32')) return decodeWide(data, codec);
  const foreign = codec.startsWith('ascii:') ? codec.slice(6) : null;
  let out = '';
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    if (codec === 'latin-1' || b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let len = 1;
    let error: string | undefined = 'ordinal not in range(128)';
    if (codec === 'utf-8') {
      ({ len, error } = utf8Sequence(data, i));
      if (error === undefined) {
        out += new TextDecoder().decode(data.subarray(i, i + len));
        i += len;
        continue;
      }
    }
    switch (errors) {
      case 'strict': {
        const where =
          len === 1
            ? `byte 0x${data[i]!.toString(16).padStart(2, '0')} in position ${i}`
            : `bytes in position ${i}-${i + len - 1}`;
        throw pyError(
          UnicodeDecodeError,
          `'${foreign ?? codec}' codec can't decode ${where}: ${foreign ? 'illegal multibyte sequence' : error}`,
        );
      }
      case 'ignore':
        break;
      case 'replace':
        out += '\ufffd';
        break;
      case 'backslashreplace':
        for (let k = 0; k < len; k++) out += '\\x' + data[i + k]!.toString(16).padStart(2, '0');
        break;
      default:
        unknownHandler(errors);
    }
    i += len;
  }
  return out;
}
