// printf-style `str % args`: conversions s r a d i u o x X e E f F g G c %, flags `-+ #0`, width and
// precision (including `*`), `%(key)s` mapping lookups, with CPython's error messages.

import { typeOf } from './builtin-types.ts';
import { cpLength, truncateCodePoints } from './code-points.ts';
import { KeyError, OverflowError, TypeError, ValueError, pyError } from './exceptions.ts';
import { formatExp, formatFixed, formatGeneral } from './float-format.ts';
import { intToFloat } from './int-math.ts';
import { asciiRepr, intToString, repr, str } from './repr.ts';
import { callValue } from './runtime.ts';
import {
  PyBytes,
  PyDict,
  PyInstance,
  PyNaN,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  unboxNaN,
  type PyValue,
} from './values.ts';
import { hasPayload } from './dunder.ts';

interface Conversion {
  left: boolean;
  plus: boolean;
  space: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  precision: number | undefined;
}

function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  if (v instanceof PyTuple || typeof v === 'string' || !(v instanceof PyObject)) return false;
  // CPython's PyMapping_Check: anything subscriptable (lists, bytes, ranges included), so not sets.
  if (v instanceof PyBytes || v instanceof PyRange) return true;
  return (hasPayload(v) && !(v instanceof PySet)) || typeOf(v).lookup('__getitem__') !== undefined;
}

function mappingGet(m: PyValue, key: PyValue): PyValue {
  if (m instanceof PyDict) {
    const e = m.table.getEntry(key);
    if (e === undefined) throw pyError(KeyError, key);
    return e.value;
  }
  const method = typeOf(m).lookup('__getitem__');
  if (method === undefined) throw pyError(TypeError, 'format requires a mapping');
  return callValue(method, [m, key]);
}

function toInteger(v: PyValue, conv: string): bigint {
  v = unboxNaN(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' && (conv === 'd' || conv === 'i' || conv === 'u')) {
    if (v !== v) throw pyError(ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyError(OverflowError, 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (v instanceof PyInstance) {
    const index = typeOf(v).lookup(conv === 'd' || conv === 'i' || conv === 'u' ? '__int__' : '__index__');
    if (index !== undefined) {
      const r = callValue(index, [v]);
      if (typeof r === 'bigint') return r;
    }
  }
  const what = conv === 'd' || conv === 'i' || conv === 'u' ? 'a real number' : 'an integer';
  throw pyError(TypeError, `%${conv} format: ${what} is required, not ${typeOf(v).name}`);
}

function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyNaN) return NaN;
  if (typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyInstance) {
    const m = typeOf(v).lookup('__float__');
    if (m !== undefined) {
      const r = callValue(m, [v]);
      if (typeof r === 'number' || r instanceof PyNaN) return r instanceof PyNaN ? NaN : r;
    }
  }
  throw pyError(TypeError, `must be real number, not ${typeOf(v).name}`);
}

function padField(c: Conversion, sign: string, prefix: string, body: string, numeric: boolean): string {
  const len = sign.length + prefix.length + cpLength(body);
  if (c.width <= len) return sign + prefix + body;
  const n = c.width - len;
  if (c.left) return sign + prefix + body + ' '.repeat(n);
  if (c.zero && numeric) return sign + prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + prefix + body;
}

function signOf(neg: boolean, c: Conversion): string {
  return neg ? '-' : c.plus ? '+' : c.space ? ' ' : '';
}

/**
 * `bytes % args` formats with the same engine: the format and the result are held as latin-1 strings (one
 * char per byte), and `bytesLike` gives the bytes of a bytes-like value (bytes, bytearray).
 */
export interface BytesFormatting {
  bytesLike(v: PyValue): readonly number[] | Uint8Array | undefined;
}

function latin1(bytes: readonly number[] | Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** The conversions whose meaning differs for bytes: %s and %b take bytes, %r is %a, %c takes a byte. */
function convertBytes(conv: string, v: PyValue, c: Conversion, b: BytesFormatting): string | undefined {
  switch (conv) {
    case 's':
    case 'b': {
      let data = b.bytesLike(v);
      if (data === undefined && v instanceof PyObject) {
        const method = typeOf(v).lookup('__bytes__');
        if (method !== undefined) data = b.bytesLike(callValue(method, [v]));
      }
      if (data === undefined) {
        throw pyError(
          TypeError,
          `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`,
        );
      }
      let text = latin1(data);
      if (c.precision !== undefined) text = text.slice(0, c.precision);
      return padField(c, '', '', text, false);
    }
    case 'r':
    case 'a': {
      let text = asciiRepr(v);
      if (c.precision !== undefined) text = text.slice(0, c.precision);
      return padField(c, '', '', text, false);
    }
    case 'c': {
      if (typeof v === 'bigint' || typeof v === 'boolean') {
        const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
        if (n < 0n || n > 255n) throw pyError(OverflowError, '%c arg not in range(256)');
        return padField(c, '', '', String.fromCharCode(Number(n)), false);
      }
      const data = b.bytesLike(v);
      if (data === undefined || data.length !== 1) {
        throw pyError(TypeError, '%c requires an integer in range(256) or a single byte');
      }
      return padField(c, '', '', latin1(data), false);
    }
  }
  return undefined;
}

function convert(conv: string, v: PyValue, c: Conversion, index: number, b: BytesFormatting | null): string {
  if (b !== null) {
    const done = convertBytes(conv, v, c, b);
    if (done !== undefined) return done;
  }
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      let s = conv === 's' ? str(v) : conv === 'r' ? repr(v) : asciiRepr(v);
      if (c.precision !== undefined) s = truncateCodePoints(s, c.precision);
      return padField(c, '', '', s, false);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      const n = toInteger(v, conv);
      const neg = n < 0n;
      const abs = neg ? -n : n;
      let digits =
        conv === 'x' || conv === 'X' ? abs.toString(16) : conv === 'o' ? abs.toString(8) : intToString(abs);
      if (conv === 'X') digits = digits.toUpperCase();
      if (c.precision !== undefined) digits = digits.padStart(c.precision, '0');
      const prefix = c.alternate
        ? conv === 'x'
          ? '0x'
          : conv === 'X'
            ? '0X'
            : conv === 'o'
              ? '0o'
              : ''
        : '';
      return padField(c, signOf(neg, c), prefix, digits, true);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = toFloat(v);
      const neg = x < 0 || Object.is(x, -0);
      const abs = Math.abs(x);
      const upper = conv === 'E' || conv === 'F' || conv === 'G';
      let body: string;
      if (x !== x) body = upper ? 'NAN' : 'nan';
      else if (abs === Infinity) body = upper ? 'INF' : 'inf';
      else if (conv === 'e' || conv === 'E') body = formatExp(abs, c.precision ?? 6, c.alternate, upper);
      else if (conv === 'f' || conv === 'F') body = formatFixed(abs, c.precision ?? 6, c.alternate);
      else body = formatGeneral(abs, c.precision ?? 6, c.alternate, false, upper);
      return padField(c, signOf(neg && x === x, c), '', body, true);
    }
    case 'c': {
      let ch: string;
      if (typeof v === 'string' && cpLength(v) === 1) ch = v;
      else if (typeof v === 'bigint' || typeof v === 'boolean') {
        const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
        if (n < 0n || n >= 0x110000n) throw pyError(OverflowError, '%c arg not in range(0x110000)');
        ch = String.fromCodePoint(Number(n));
      } else throw pyError(TypeError, '%c requires int or char');
      return padField(c, '', '', ch, false);
    }
    default: {
      const code = conv.codePointAt(0)!;
      throw pyError(
        ValueError,
        `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${index}`,
      );
    }
  }
}

/** `fmt % args` for str, or for bytes with `bytes` given (see BytesFormatting). */
export function percentFormat(fmt: string, args: PyValue, bytes: BytesFormatting | null = null): string {
  const positional: readonly PyValue[] = args instanceof PyTuple ? args.items : [args];
  const mapping = !(args instanceof PyTuple) && isMapping(args) ? args : null;
  let argIndex = 0;
  const nextArg = (): PyValue => {
    if (argIndex >= positional.length) throw pyError(TypeError, 'not enough arguments for format string');
    return positional[argIndex++]!;
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw pyError(ValueError, 'incomplete format');
    if (fmt[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let value: PyValue | undefined;
    if (fmt[i] === '(') {
      if (mapping === null) throw pyError(TypeError, 'format requires a mapping');
      let depth = 1;
      const start = i + 1;
      i++;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw pyError(ValueError, 'incomplete format key');
      const key = fmt.slice(start, i - 1);
      value = mappingGet(
        mapping,
        bytes === null ? key : new PyBytes(Uint8Array.from(key, (ch) => ch.charCodeAt(0))),
      );
    }
    const c: Conversion = {
      left: false,
      plus: false,
      space: false,
      alternate: false,
      zero: false,
      width: 0,
      precision: undefined,
    };
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === '-') c.left = true;
      else if (f === '+') c.plus = true;
      else if (f === ' ') c.space = true;
      else if (f === '#') c.alternate = true;
      else if (f === '0') c.zero = true;
      else break;
    }
    const readNumber = (): number => {
      if (fmt[i] === '*') {
        i++;
        const a = nextArg();
        if (typeof a !== 'bigint' && typeof a !== 'boolean') throw pyError(TypeError, '* wants int');
        return Number(a);
      }
      const start = i;
      while (i < n && fmt[i]! >= '0' && fmt[i]! <= '9') i++;
      return start === i ? -1 : Number(fmt.slice(start, i));
    };
    const width = readNumber();
    if (width < 0 && width !== -1) {
      c.left = true;
      c.width = -width;
    } else c.width = Math.max(width, 0);
    if (fmt[i] === '.') {
      i++;
      c.precision = Math.max(readNumber(), 0);
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw pyError(ValueError, 'incomplete format');
    const conv = fmt[i]!;
    i++;
    if (value === undefined) value = nextArg();
    out += convert(conv, value, c, i - 1, bytes);
  }
  if (mapping === null && argIndex < positional.length) {
    throw pyError(
      TypeError,
      `not all arguments converted during ${bytes === null ? 'string' : 'bytes'} formatting`,
    );
  }
  return out;
}
