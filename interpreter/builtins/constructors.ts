// `__new__` for the scalar builtin types: int, float, str, bool, bytes.

import { boolType, bytesType, floatType, intType, strType, typeOf } from '../objects/builtin-types.ts';
import { OverflowError, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { callDunder, toArray } from '../objects/iteration.ts';
import { repr, str } from '../objects/repr.ts';
import { bytesRepr } from '../objects/str-repr.ts';
import { asIndex } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import {
  boxNaN,
  PyBytes,
  PyClassMethod,
  PyNaN,
  PyObject,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import { bindArgs } from './args.ts';
import { nativeFunction } from './define.ts';
import { bytesOf } from './bytearray.ts';
import { parseFloatLiteral, parseIntLiteral } from './number-parse.ts';

/** int(float): truncation toward zero, exact for every finite double. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw pyError(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError(OverflowError, 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float(int) with CPython's overflow error. */
export function intToFloat(i: bigint): number {
  const f = Number(i);
  if (!Number.isFinite(f)) throw pyError(OverflowError, 'int too large to convert to float');
  return f;
}

/** The bytes of a bytes or bytearray argument to int() or float(), or undefined for other values. */
function bytesArgument(v: PyValue): Uint8Array | undefined {
  const data = bytesOf(v);
  return data === undefined ? undefined : Uint8Array.from(data);
}

function latin1Text(data: Uint8Array): string {
  return String.fromCharCode(...data);
}

function dunderResult(v: PyValue, name: string): PyValue | undefined {
  const fn = v instanceof PyObject ? v.pyType().lookup(name) : undefined;
  return fn === undefined || fn === null ? undefined : callDunder(fn, v);
}

export function toInt(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return floatToInt(v);
  if (v instanceof PyNaN) return floatToInt(NaN);
  if (typeof v === 'string') return parseIntLiteral(v, 10);
  const data = bytesArgument(v);
  // int() shows a bytearray's bytes as a bytes literal; float() shows its repr.
  if (data !== undefined) return parseIntLiteral(latin1Text(data), 10, bytesRepr(data));
  for (const name of ['__int__', '__index__', '__trunc__']) {
    const r = dunderResult(v, name);
    if (r === undefined) continue;
    if (typeof r === 'bigint') return r;
    if (typeof r === 'boolean') return r ? 1n : 0n;
    throw pyError(TypeError, `${name} returned non-int (type ${typeOf(r).name})`);
  }
  throw pyError(
    TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).name}'`,
  );
}

function intNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null) {
    for (const k of kwargs.keys()) {
      if (k !== 'base') throw pyError(TypeError, `'${k}' is an invalid keyword argument for int()`);
    }
  }
  const [x, baseArg] = bindArgs('int', args.slice(1), kwargs, ['x', 'base'], 0);
  if (x === undefined) {
    if (baseArg !== undefined) throw pyError(TypeError, 'int() missing string argument');
    return 0n;
  }
  if (baseArg === undefined) return toInt(x);
  const base = asIndex(baseArg);
  if (base === undefined) {
    throw pyError(TypeError, `'${typeOf(baseArg).name}' object cannot be interpreted as an integer`);
  }
  if (base !== 0n && (base < 2n || base > 36n))
    throw pyError(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  if (typeof x === 'string') return parseIntLiteral(x, Number(base));
  const data = bytesArgument(x);
  if (data !== undefined) return parseIntLiteral(latin1Text(data), Number(base), bytesRepr(data));
  throw pyError(TypeError, "int() can't convert non-string with explicit base");
}

export function toFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyNaN) return NaN;
  if (typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return parseFloatLiteral(v);
  const data = bytesArgument(v);
  if (data !== undefined) return parseFloatLiteral(latin1Text(data), repr(v));
  for (const name of ['__float__', '__index__']) {
    const r = dunderResult(v, name);
    if (r === undefined) continue;
    if (typeof r === 'number' || r instanceof PyNaN) return r instanceof PyNaN ? NaN : r;
    if (name === '__index__' && typeof r === 'bigint') return intToFloat(r);
    throw pyError(TypeError, `${name} returned non-float (type ${typeOf(r).name})`);
  }
  throw pyError(TypeError, `float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

function floatNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, 'float() takes no keyword arguments');
  if (args.length > 2) throw pyError(TypeError, `float expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 1) return 0.0;
  // float(x) of a float answers x itself; any other NaN is a new object.
  return args[1] instanceof PyNaN ? args[1] : boxNaN(toFloat(args[1]!));
}

function decode(data: Uint8Array, encoding: string, errors: string): string {
  const enc = encoding.toLowerCase().replace(/[-_]/g, '');
  if (enc === 'ascii' || enc === 'latin1' || enc === 'iso88591') {
    if (enc === 'ascii') {
      const bad = data.findIndex((b) => b > 127);
      if (bad >= 0 && errors === 'strict') {
        throw pyError(
          ValueError,
          `'ascii' codec can't decode byte 0x${data[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)`,
        );
      }
    }
    return String.fromCharCode(...data);
  }
  try {
    return new TextDecoder('utf-8', { fatal: errors === 'strict' }).decode(data);
  } catch {
    throw pyError(ValueError, `'utf-8' codec can't decode bytes`);
  }
}

function strNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [obj, encoding, errors] = bindArgs('str', args.slice(1), kwargs, ['object', 'encoding', 'errors'], 0);
  if (obj === undefined) return '';
  if (encoding === undefined && errors === undefined) return str(obj);
  if (encoding !== undefined && typeof encoding !== 'string') {
    throw pyError(TypeError, `str() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
  }
  if (typeof obj === 'string') throw pyError(TypeError, 'decoding str is not supported');
  if (!(obj instanceof PyBytes)) {
    throw pyError(TypeError, `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
  }
  return decode(
    obj.data,
    (encoding as string | undefined) ?? 'utf-8',
    (errors as string | undefined) ?? 'strict',
  );
}

function boolNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, 'bool() takes no keyword arguments');
  if (args.length > 2) throw pyError(TypeError, `bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length === 2 ? truthy(args[1]!) : false;
}

function encodeText(s: string, encoding: string): Uint8Array {
  const enc = encoding.toLowerCase().replace(/[-_]/g, '');
  if (enc === 'ascii' || enc === 'latin1' || enc === 'iso88591') {
    const limit = enc === 'ascii' ? 128 : 256;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= limit) {
        throw pyError(
          ValueError,
          `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${i}: ordinal not in range(${limit})`,
        );
      }
      out[i] = c;
    }
    return out;
  }
  return new TextEncoder().encode(s);
}

function bytesNew(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [src, encoding] = bindArgs('bytes', args.slice(1), kwargs, ['source', 'encoding', 'errors'], 0);
  if (src === undefined) return new PyBytes(new Uint8Array(0));
  if (typeof src === 'string') {
    if (encoding === undefined) throw pyError(TypeError, 'string argument without an encoding');
    return new PyBytes(encodeText(src, str(encoding)));
  }
  if (encoding !== undefined) throw pyError(TypeError, 'encoding without a string argument');
  if (src instanceof PyBytes) return src;
  const n = asIndex(src);
  if (n !== undefined) {
    if (n < 0n) throw pyError(ValueError, 'negative count');
    return new PyBytes(new Uint8Array(Number(n)));
  }
  const items = toArray(src);
  const out = new Uint8Array(items.length);
  items.forEach((v, i) => {
    const b = asIndex(v);
    if (b === undefined) {
      throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    }
    if (b < 0n || b > 255n) throw pyError(ValueError, 'bytes must be in range(0, 256)');
    out[i] = Number(b);
  });
  return new PyBytes(out);
}

/** bytes.fromhex: pairs of hex digits, whitespace allowed between pairs. */
function bytesFromHex(v: PyValue): PyBytes {
  if (typeof v !== 'string')
    throw pyError(TypeError, `fromhex() argument must be str, not ${typeOf(v).name}`);
  const out: number[] = [];
  let i = 0;
  while (i < v.length) {
    if (/\s/.test(v[i]!)) {
      i++;
      continue;
    }
    const pair = v.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const at = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i;
      throw pyError(ValueError, `non-hexadecimal number found in fromhex() arg at position ${at}`);
    }
    out.push(Number.parseInt(pair, 16));
    i += 2;
  }
  return new PyBytes(Uint8Array.from(out));
}

export function installScalarConstructors(): void {
  intType.dict.set('__new__', nativeFunction('__new__', intNew, intType));
  floatType.dict.set('__new__', nativeFunction('__new__', floatNew, floatType));
  strType.dict.set('__new__', nativeFunction('__new__', strNew, strType));
  boolType.dict.set('__new__', nativeFunction('__new__', boolNew, boolType));
  bytesType.dict.set('__new__', nativeFunction('__new__', bytesNew, bytesType));
  bytesType.dict.set(
    'fromhex',
    new PyClassMethod(nativeFunction('fromhex', (args) => bytesFromHex(args[1]!))),
  );
}

export { encodeText, decode };
