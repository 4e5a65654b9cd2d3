// bytes methods. Most reuse the str algorithms on a latin-1 view of the data (one char per byte), which
// is exact for byte-wise searching and splitting; case and class predicates stay ASCII-only as in CPython.

import { bytesType, typeOf } from '../../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { cpLength } from '../../objects/code-points.ts';
import { toArray } from '../../objects/iteration.ts';
import { requireIndex } from '../../objects/subscript.ts';
import { bindArgs } from '../args.ts';
import {
  PyBytes,
  PyList,
  PyTuple,
  type Kwargs,
  type NativeImpl,
  type PyValue,
} from '../../objects/values.ts';
import { bindKw, exactArgs, intArg, rangeArgsExpected, rangeArgsTakes, selfOf } from './args.ts';
import { decodeBytes } from './codec.ts';
import { adjustIndices, strCount, strFind, strRFind } from './search.ts';
import { strReplace } from './transform.ts';

export function bytesToLatin1(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 4096) {
    s += String.fromCharCode(...data.subarray(i, i + 4096));
  }
  return s;
}

export function latin1ToBytes(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

const isBytes = (v: PyValue): v is PyBytes => v instanceof PyBytes;

function self(name: string, args: PyValue[]): string {
  return bytesToLatin1(selfOf(name, bytesType, args, isBytes).data);
}

/** A bytes-like argument as latin-1 text; `allowInt` accepts a single byte value (find, count). */
function bytesArg(v: PyValue, allowInt = false): string {
  if (v instanceof PyBytes) return bytesToLatin1(v.data);
  if (allowInt && (typeof v === 'bigint' || typeof v === 'boolean')) {
    const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
    if (n < 0n || n > 255n) throw pyError(ValueError, 'byte must be in range(0, 256)');
    return String.fromCharCode(Number(n));
  }
  if (allowInt) {
    throw pyError(TypeError, `argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
  }
  throw pyError(TypeError, `a bytes-like object is required, not '${typeOf(v).name}'`);
}

function searcher(
  name: string,
  fn: (s: string, sub: string, a: number, b: number) => number,
  raise: boolean,
): NativeImpl {
  return (args, kwargs) => {
    const s = self(name, args);
    rangeArgsTakes(`bytes.${name}`, name, args, kwargs, 1, 3);
    const [start, end] = adjustIndices(args[2], args[3], s.length);
    const r = fn(s, bytesArg(args[1]!, true), start, end);
    if (raise && r < 0) throw pyError(ValueError, 'subsection not found');
    return BigInt(r);
  };
}

function matcher(name: 'startswith' | 'endswith'): NativeImpl {
  return (args, kwargs) => {
    const s = self(name, args);
    rangeArgsTakes(`bytes.${name}`, name, args, kwargs, 1, 3);
    const [start, end] = adjustIndices(args[2], args[3], s.length);
    const what = args[1]!;
    const options = what instanceof PyTuple ? what.items : [what];
    for (const o of options) {
      if (!(o instanceof PyBytes)) {
        throw pyError(
          TypeError,
          `${name} first arg must be bytes or a tuple of bytes, not ${typeOf(o).name}`,
        );
      }
      const p = bytesToLatin1(o.data);
      if (end - start < p.length) continue;
      const at = name === 'startswith' ? start : end - p.length;
      if (s.startsWith(p, at)) return true;
    }
    return false;
  };
}

const ASCII_SPACE = ' \t\n\r\x0b\x0c';

function stripper(name: 'strip' | 'lstrip' | 'rstrip'): NativeImpl {
  return (args, kwargs) => {
    const s = self(name, args);
    rangeArgsExpected(`bytes.${name}`, name, args, kwargs, 0, 1);
    const chars = args[1] === undefined || args[1] === null ? ASCII_SPACE : bytesArg(args[1]);
    let a = 0;
    let b = s.length;
    if (name !== 'rstrip') while (a < b && chars.includes(s[a]!)) a++;
    if (name !== 'lstrip') while (b > a && chars.includes(s[b - 1]!)) b--;
    return latin1ToBytes(s.slice(a, b));
  };
}

function asciiMap(name: string, fn: (c: string) => string): NativeImpl {
  return (args, kwargs) => {
    const s = self(name, args);
    exactArgs(`bytes.${name}`, args, kwargs, 0);
    let out = '';
    for (const c of s) out += c.charCodeAt(0) < 128 ? fn(c) : c;
    return latin1ToBytes(out);
  };
}

function predicate(name: string, re: RegExp): NativeImpl {
  return (args, kwargs) => {
    const s = self(name, args);
    exactArgs(`bytes.${name}`, args, kwargs, 0);
    return re.test(s);
  };
}

function splitter(name: 'split' | 'rsplit'): NativeImpl {
  return (args, kwargs) => {
    const s = self(name, args);
    const [sepArg, maxArg] = bindKw(name, args, kwargs, ['sep', 'maxsplit']);
    let maxsplit = maxArg === undefined ? -1 : intArg(maxArg);
    if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
    let parts: string[];
    if (sepArg === undefined || sepArg === null) {
      const words = s.split(/[ \t\n\r\x0b\x0c]+/).filter((w) => w.length > 0);
      if (words.length - 1 <= maxsplit) parts = words;
      else if (name === 'split') {
        const head = words.slice(0, maxsplit);
        let rest = s.replace(/^[ \t\n\r\x0b\x0c]+/, '');
        for (const w of head) rest = rest.slice(w.length).replace(/^[ \t\n\r\x0b\x0c]+/, '');
        parts = [...head, rest];
      } else {
        const tail = words.slice(words.length - maxsplit);
        let rest = s.replace(/[ \t\n\r\x0b\x0c]+$/, '');
        for (const w of [...tail].reverse())
          rest = rest.slice(0, rest.length - w.length).replace(/[ \t\n\r\x0b\x0c]+$/, '');
        parts = [rest, ...tail];
      }
    } else {
      const sep = bytesArg(sepArg);
      if (sep.length === 0) throw pyError(ValueError, 'empty separator');
      const all = s.split(sep);
      if (all.length - 1 <= maxsplit) parts = all;
      else if (name === 'split') parts = [...all.slice(0, maxsplit), all.slice(maxsplit).join(sep)];
      else parts = [all.slice(0, all.length - maxsplit).join(sep), ...all.slice(all.length - maxsplit)];
    }
    return new PyList(parts.map(latin1ToBytes));
  };
}

export const bytesMethods: Record<string, NativeImpl> = {
  decode(args: PyValue[], kwargs: Kwargs | null) {
    const data = selfOf('decode', bytesType, args, isBytes).data;
    const [enc, errors] = bindKw('decode', args, kwargs, ['encoding', 'errors']);
    return decodeBytes(
      data,
      typeof enc === 'string' ? enc : 'utf-8',
      typeof errors === 'string' ? errors : 'strict',
    );
  },
  hex(args, kwargs) {
    const data = selfOf('hex', bytesType, args, isBytes).data;
    return hexWithSeparator(data, args.slice(1), kwargs);
  },
  find: searcher('find', strFind, false),
  rfind: searcher('rfind', strRFind, false),
  index: searcher('index', strFind, true),
  rindex: searcher('rindex', strRFind, true),
  count: searcher('count', strCount, false),
  startswith: matcher('startswith'),
  endswith: matcher('endswith'),
  strip: stripper('strip'),
  lstrip: stripper('lstrip'),
  rstrip: stripper('rstrip'),
  split: splitter('split'),
  rsplit: splitter('rsplit'),
  upper: asciiMap('upper', (c) => c.toUpperCase()),
  lower: asciiMap('lower', (c) => c.toLowerCase()),
  swapcase: asciiMap('swapcase', (c) => (c >= 'a' && c <= 'z' ? c.toUpperCase() : c.toLowerCase())),
  isdigit: predicate('isdigit', /^[0-9]+$/),
  isalpha: predicate('isalpha', /^[a-zA-Z]+$/),
  isalnum: predicate('isalnum', /^[a-zA-Z0-9]+$/),
  isspace: predicate('isspace', /^[ \t\n\r\x0b\x0c]+$/),
  isupper: predicate('isupper', /^[^a-z]*[A-Z][^a-z]*$/),
  islower: predicate('islower', /^[^A-Z]*[a-z][^A-Z]*$/),
  isascii: predicate('isascii', /^[\x00-\x7f]*$/),
  replace(args, kwargs) {
    const s = self('replace', args);
    rangeArgsExpected('bytes.replace', 'replace', args, kwargs, 2, 3);
    const count = args[3] === undefined ? -1 : intArg(args[3]);
    return latin1ToBytes(strReplace(s, bytesArg(args[1]!), bytesArg(args[2]!), count));
  },
  join(args, kwargs) {
    const sep = self('join', args);
    exactArgs('bytes.join', args, kwargs, 1);
    const items = toArray(args[1]!);
    const parts = items.map((item, i) => {
      if (!(item instanceof PyBytes)) {
        throw pyError(
          TypeError,
          `sequence item ${i}: expected a bytes-like object, ${typeOf(item).name} found`,
        );
      }
      return bytesToLatin1(item.data);
    });
    return latin1ToBytes(parts.join(sep));
  },
  partition(args, kwargs) {
    const s = self('partition', args);
    exactArgs('bytes.partition', args, kwargs, 1);
    const sep = bytesArg(args[1]!);
    if (sep.length === 0) throw pyError(ValueError, 'empty separator');
    const i = s.indexOf(sep);
    const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return new PyTuple(parts.map(latin1ToBytes));
  },
};

/**
 * bytes.hex([sep[, bytes_per_sep]]): `sep` (one character or byte) goes between groups of
 * |bytes_per_sep| bytes, counted from the right when it is positive and from the left when negative.
 */
export function hexWithSeparator(data: ArrayLike<number>, args: PyValue[], kwargs: Kwargs | null): string {
  for (const k of kwargs?.keys() ?? []) {
    if (k !== 'sep' && k !== 'bytes_per_sep') {
      throw pyError(TypeError, `'${k}' is an invalid keyword argument for hex()`);
    }
  }
  const [sepArg, perArg] = bindArgs('hex', args, kwargs, ['sep', 'bytes_per_sep'], 0);
  const digits = Array.from(data, (b) => b.toString(16).padStart(2, '0'));
  if (sepArg === undefined) return digits.join('');
  let sep: string;
  if (typeof sepArg === 'string') sep = sepArg;
  else if (sepArg instanceof PyBytes) sep = String.fromCharCode(...sepArg.data);
  else throw pyError(TypeError, `object of type '${typeOf(sepArg).name}' has no len()`);
  if (cpLength(sep) !== 1) throw pyError(ValueError, 'sep must be length 1.');
  const per = perArg === undefined ? 1 : Number(requireIndex(perArg));
  if (per === 0 || digits.length === 0) return digits.join('');
  const size = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = digits.length; end > 0; end -= size)
      groups.unshift(digits.slice(Math.max(0, end - size), end).join(''));
  } else {
    for (let start = 0; start < digits.length; start += size)
      groups.push(digits.slice(start, start + size).join(''));
  }
  return groups.join(sep);
}
