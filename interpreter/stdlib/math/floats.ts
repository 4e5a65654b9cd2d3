// math's float functions with CPython's error rules: NaN from a non-NaN argument is a domain error, an
// infinite result from a finite argument a range error (exp, cosh, sinh, ...) or a domain error (log, ...).

import { typeOf } from '../../objects/builtin-types.ts';
import { OverflowError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { callDunder } from '../../objects/iteration.ts';
import { PyNaN, PyObject, type PyValue } from '../../objects/values.ts';
import * as libm from '../../objects/libm/index.ts';
import { floatToInt } from '../../builtins/constructors.ts';

export function toMathFloat(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyNaN) return NaN;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw pyError(OverflowError, 'int too large to convert to float');
    return f;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyObject) {
    for (const name of ['__float__', '__index__']) {
      const fn = v.pyType().lookup(name);
      if (fn !== undefined && fn !== null) {
        const r = callDunder(fn, v);
        if (typeof r === 'number' || r instanceof PyNaN) return r instanceof PyNaN ? NaN : r;
        if (typeof r === 'bigint') return toMathFloat(r);
      }
    }
  }
  throw pyError(TypeError, `must be real number, not ${typeOf(v).name}`);
}

export function domainError(): never {
  throw pyError(ValueError, 'math domain error');
}

export function rangeError(): never {
  throw pyError(OverflowError, 'math range error');
}

/** math_1: applies `fn` and turns NaN/inf results of ordinary arguments into CPython's errors. */
export function checked(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

export function unary(fn: (x: number) => number, canOverflow = false) {
  return (args: PyValue[]): PyValue => {
    const x = toMathFloat(args[0]!);
    return checked(x, fn(x), canOverflow);
  };
}

/**
 * log of any positive int, including ones beyond float range: CPython splits those as x * 2**e with x
 * in [0.5, 1) rounded to 53 bits and returns func(x) + func(2.0) * e.
 */
export function logOf(v: PyValue, log: (x: number) => number): number {
  if (typeof v === 'bigint' && !Number.isFinite(Number(v))) {
    if (v <= 0n) domainError();
    const bits = v.toString(2).length;
    // Number() of the top 55 bits plus a sticky bit rounds exactly like the whole value would.
    const shift = bits - 55;
    const sticky = (v & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n;
    const top = (v >> BigInt(shift)) | sticky;
    let x = Number(top) / 2 ** 55;
    let e = bits;
    if (x === 1) {
      x = 0.5;
      e += 1;
    }
    return log(x) + log(2.0) * e;
  }
  const x = toMathFloat(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domainError();
  return log(x);
}

function rounding(name: '__floor__' | '__ceil__' | '__trunc__', f: (x: number) => number) {
  return (args: PyValue[]): PyValue => {
    const v = args[0]!;
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    if (v instanceof PyObject) {
      const fn = v.pyType().lookup(name);
      if (fn !== undefined && fn !== null) return callDunder(fn, v);
      if (name === '__trunc__')
        throw pyError(TypeError, `type ${typeOf(v).name} doesn't define __trunc__ method`);
    }
    return floatToInt(f(toMathFloat(v)));
  };
}

export const floor = rounding('__floor__', Math.floor);
export const ceil = rounding('__ceil__', Math.ceil);
export const trunc = rounding('__trunc__', Math.trunc);

export function mathPow(args: PyValue[]): PyValue {
  const x = toMathFloat(args[0]!);
  const y = toMathFloat(args[1]!);
  if (x === 0 && y < 0 && Number.isFinite(y)) domainError();
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domainError();
  const r = libm.pow(x, y);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
  return r;
}

export function fmod(args: PyValue[]): PyValue {
  const x = toMathFloat(args[0]!);
  const y = toMathFloat(args[1]!);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) domainError();
  if (!Number.isFinite(y)) return x;
  return x % y;
}

/** IEEE remainder: x - n*y with n the integer nearest x/y, ties to even. */
export function remainder(args: PyValue[]): PyValue {
  const x = toMathFloat(args[0]!);
  const y = toMathFloat(args[1]!);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) domainError();
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
  return x < 0 ? -r : r;
}
