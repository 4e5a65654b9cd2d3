// Methods and attributes of int and float (`(10).bit_length()`, `(0.5).as_integer_ratio()`, `int.from_bytes`,
// `(7).__add__(3)`, `(5).real`, ...). The operators themselves never come here: objects/arithmetic.ts
// handles primitives directly; these natives serve explicit method calls.

import { binaryOp, unaryOp, type BinaryOp } from '../objects/arithmetic.ts';
import { floatType, intType, NotImplemented } from '../objects/builtin-types.ts';
import { OverflowError, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { floatRepr } from '../objects/float-repr.ts';
import { requireIndex } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import type { PyType } from '../objects/type.ts';
import {
  PyBytes,
  boxNaN,
  PyClassMethod,
  PyNaN,
  PyProperty,
  PyTuple,
  type NativeImpl,
  type PyValue,
} from '../objects/values.ts';
import { bindArgs } from './args.ts';
import { defineMethods, nativeFunction } from './define.ts';
import { floatDivmod } from '../objects/int-math.ts';
import { intDivmod, exactBinary, roundFloat, roundFloatToInt } from './numeric.ts';
import { floatToInt } from './constructors.ts';

function asInt(v: PyValue): bigint | undefined {
  return typeof v === 'bigint' ? v : typeof v === 'boolean' ? (v ? 1n : 0n) : undefined;
}

function asFloat(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyNaN) return NaN;
  const i = asInt(v);
  return i === undefined ? undefined : Number(i);
}

/** A float method's receiver as a host number (a boxed NaN is NaN). */
function selfFloat(v: PyValue): number {
  return v instanceof PyNaN ? NaN : (v as number);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function bitLength(n: bigint): bigint {
  return n === 0n ? 0n : BigInt((n < 0n ? -n : n).toString(2).length);
}

function property(t: PyType, name: string, get: (v: PyValue) => PyValue): void {
  t.dict.set(name, new PyProperty(nativeFunction(name, (a) => get(a[0]!), t)));
}

/** `int.__add__(a, b)` & co: the operator when `b` has an acceptable type, else NotImplemented. */
function dunders(accept: (v: PyValue) => boolean): Record<string, NativeImpl> {
  const ops: [string, BinaryOp][] = [
    ['add', '+'],
    ['sub', '-'],
    ['mul', '*'],
    ['truediv', '/'],
    ['floordiv', '//'],
    ['mod', '%'],
    ['pow', '**'],
    ['and', '&'],
    ['or', '|'],
    ['xor', '^'],
    ['lshift', '<<'],
    ['rshift', '>>'],
  ];
  const out: Record<string, NativeImpl> = {};
  for (const [name, op] of ops) {
    out[`__${name}__`] = (a) => (accept(a[1]!) ? binaryOp(op, a[0]!, a[1]!) : NotImplemented);
    out[`__r${name}__`] = (a) => (accept(a[1]!) ? binaryOp(op, a[1]!, a[0]!) : NotImplemented);
  }
  out.__neg__ = (a) => unaryOp('-', a[0]!);
  out.__pos__ = (a) => unaryOp('+', a[0]!);
  return out;
}

function toBytes(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [self, lengthArg, orderArg, signedArg] = bindArgs(
    'to_bytes',
    args,
    kwargs,
    ['self', 'length', 'byteorder', 'signed'],
    1,
  );
  const n = asInt(self!)!;
  const length = lengthArg === undefined ? 1 : Number(requireIndex(lengthArg));
  const order = orderArg ?? 'big';
  if (order !== 'big' && order !== 'little')
    throw pyError(ValueError, "byteorder must be either 'little' or 'big'");
  const signed = truthy(signedArg ?? false);
  if (n < 0n && !signed) throw pyError(OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const limit = signed ? 1n << (bits - 1n) : 1n << bits;
  if ((signed && (n >= limit || n < -limit)) || (!signed && n >= limit) || (length === 0 && n !== 0n)) {
    throw pyError(OverflowError, 'int too big to convert');
  }
  let v = n < 0n ? (1n << bits) + n : n;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (order === 'little') out.reverse();
  return new PyBytes(out);
}

function fromBytes(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [, src, orderArg, signedArg] = bindArgs(
    'from_bytes',
    args,
    kwargs,
    ['cls', 'bytes', 'byteorder', 'signed'],
    2,
  );
  const data = src instanceof PyBytes ? Array.from(src.data) : [];
  if (!(src instanceof PyBytes)) {
    for (const x of (src as PyTuple).items ?? []) data.push(Number(requireIndex(x)));
  }
  const order = orderArg ?? 'big';
  if (order !== 'big' && order !== 'little')
    throw pyError(ValueError, "byteorder must be either 'little' or 'big'");
  if (order === 'little') data.reverse();
  let v = 0n;
  for (const b of data) v = (v << 8n) | BigInt(b);
  if (truthy(signedArg ?? false) && data.length > 0 && data[0]! >= 0x80) v -= 1n << BigInt(data.length * 8);
  return v;
}

/** float.hex(): `[-]0x1.<13 hex digits>p<exp>` (subnormals as 0x0.<digits>p-1022). */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const bits = buf.getBigUint64(0);
  const expBits = Number(bits >> 52n);
  const mant = (bits & 0xfffffffffffffn).toString(16).padStart(13, '0');
  const exp = expBits === 0 ? -1022 : expBits - 1023;
  return `${sign}0x${expBits === 0 ? 0 : 1}.${mant}p${exp >= 0 ? '+' : ''}${exp}`;
}

function floatFromHex(s: string): number {
  const t = s.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    throw pyError(ValueError, 'invalid hexadecimal floating-point string');
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exp = Number(m[4] ?? '0') - 4 * (m[3] ?? '').length;
  let mant = BigInt('0x' + (digits === '' ? '0' : digits));
  // Exact value mant * 2^exp; scale so the integer part carries the rounding, then let Number() round.
  if (mant === 0n) return m[1] === '-' ? -0 : 0;
  let e = exp;
  const len = mant.toString(2).length;
  if (len > 64) {
    const drop = len - 64;
    const sticky = (mant & ((1n << BigInt(drop)) - 1n)) !== 0n ? 1n : 0n;
    mant = (mant >> BigInt(drop)) | sticky;
    e += drop;
  }
  let r = Number(mant) * 2 ** e;
  if (!Number.isFinite(Number(mant) * 2 ** Math.min(e, 1023)) || e > 1100) r = Infinity;
  if (!Number.isFinite(r))
    throw pyError(OverflowError, 'hexadecimal value too large to represent as a float');
  return m[1] === '-' ? -r : r;
}

export function installNumberMethods(): void {
  defineMethods(intType, {
    ...dunders((v) => asInt(v) !== undefined),
    bit_length: (a) => bitLength(asInt(a[0]!)!),
    bit_count: (a) => {
      const n = asInt(a[0]!)!;
      return BigInt([...(n < 0n ? -n : n).toString(2)].filter((c) => c === '1').length);
    },
    to_bytes: toBytes,
    as_integer_ratio: (a) => new PyTuple([asInt(a[0]!)!, 1n]),
    conjugate: (a) => asInt(a[0]!)!,
    __abs__: (a) => {
      const n = asInt(a[0]!)!;
      return n < 0n ? -n : n;
    },
    __invert__: (a) => unaryOp('~', a[0]!),
    __int__: (a) => asInt(a[0]!)!,
    __index__: (a) => asInt(a[0]!)!,
    __float__: (a) => asFloat(a[0]!)!,
    __trunc__: (a) => asInt(a[0]!)!,
    __floor__: (a) => asInt(a[0]!)!,
    __ceil__: (a) => asInt(a[0]!)!,
    __round__: (a) => {
      const n = asInt(a[0]!)!;
      if (a.length < 2 || a[1] === null) return n;
      const d = requireIndex(a[1]!);
      if (d >= 0n) return n;
      const p = 10n ** -d;
      const [q, r] = intDivmod(n, p);
      const twice = r * 2n;
      return (twice > p || (twice === p && (q & 1n) === 1n) ? q + 1n : q) * p;
    },
    __divmod__: (a) => {
      const other = asInt(a[1]!);
      return other === undefined ? NotImplemented : new PyTuple(intDivmod(asInt(a[0]!)!, other));
    },
  });
  intType.dict.set('from_bytes', new PyClassMethod(nativeFunction('from_bytes', fromBytes, intType)));
  property(intType, 'real', (v) => asInt(v)!);
  property(intType, 'imag', () => 0n);
  property(intType, 'numerator', (v) => asInt(v)!);
  property(intType, 'denominator', () => 1n);

  defineMethods(floatType, {
    ...dunders((v) => asFloat(v) !== undefined),
    is_integer: (a) => Number.isInteger(selfFloat(a[0]!)),
    as_integer_ratio: (a) => {
      const x = selfFloat(a[0]!);
      if (Number.isNaN(x)) throw pyError(ValueError, 'cannot convert NaN to integer ratio');
      if (!Number.isFinite(x)) throw pyError(OverflowError, 'cannot convert Infinity to integer ratio');
      const { num, shift } = exactBinary(x);
      const den = 1n << shift;
      const g = gcd(num, den) || 1n;
      return new PyTuple([num / g, den / g]);
    },
    hex: (a) => floatHex(selfFloat(a[0]!)),
    conjugate: (a) => a[0]!,
    __abs__: (a) => boxNaN(Math.abs(selfFloat(a[0]!))),
    __int__: (a) => floatToInt(selfFloat(a[0]!)),
    __float__: (a) => a[0]!,
    __trunc__: (a) => floatToInt(selfFloat(a[0]!)),
    __floor__: (a) => floatToInt(Math.floor(selfFloat(a[0]!))),
    __ceil__: (a) => floatToInt(Math.ceil(selfFloat(a[0]!))),
    __round__: (a) =>
      a.length < 2 || a[1] === null
        ? roundFloatToInt(selfFloat(a[0]!))
        : roundFloat(selfFloat(a[0]!), requireIndex(a[1]!)),
    __divmod__: (a) => {
      const other = asFloat(a[1]!);
      return other === undefined
        ? NotImplemented
        : new PyTuple(floatDivmod(selfFloat(a[0]!), other, 'float divmod()').map(boxNaN));
    },
  });
  floatType.dict.set(
    'fromhex',
    new PyClassMethod(
      nativeFunction(
        'fromhex',
        (a) => {
          if (typeof a[1] !== 'string') throw pyError(TypeError, 'fromhex() argument must be str');
          return boxNaN(floatFromHex(a[1]));
        },
        floatType,
      ),
    ),
  );
  property(floatType, 'real', (v) => v);
  property(floatType, 'imag', () => 0.0);
}
