// math's integer functions (gcd, lcm, isqrt, factorial, comb, perm, prod) and the exactly rounded fsum.

import { binaryOp } from '../../objects/arithmetic.ts';
import { typeOf } from '../../objects/builtin-types.ts';
import { OverflowError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { getIterator } from '../../objects/iteration.ts';
import { checkSize } from '../../objects/runtime.ts';
import { asIndex } from '../../objects/subscript.ts';
import { PyNaN, type Kwargs, type PyValue } from '../../objects/values.ts';
import { keywordOnly } from '../../builtins/args.ts';
import { exactBinary } from '../../builtins/numeric.ts';
import { toMathFloat } from './floats.ts';

export function intArg(v: PyValue): bigint {
  const i = asIndex(v);
  if (i === undefined)
    throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

export function gcd2(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function gcd(args: PyValue[]): PyValue {
  let g = 0n;
  for (const a of args) g = gcd2(g, intArg(a));
  return g;
}

export function lcm(args: PyValue[]): PyValue {
  let l = 1n;
  for (const a of args) {
    const n = intArg(a);
    if (n === 0n || l === 0n) {
      l = 0n;
      continue;
    }
    l = abs((l / gcd2(l, n)) * n);
  }
  return l;
}

export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw pyError(ValueError, 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  // Newton's iteration from an overestimate: 2^ceil(bits/2) >= sqrt(n).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function factorial(args: PyValue[]): PyValue {
  const v = args[0]!;
  if (typeof v === 'number' || v instanceof PyNaN)
    throw pyError(TypeError, "'float' object cannot be interpreted as an integer");
  const n = intArg(v);
  if (n < 0n) throw pyError(ValueError, 'factorial() not defined for negative values');
  checkSize(n / 8n);
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

function nonNegative(v: PyValue, name: string): bigint {
  const n = intArg(v);
  if (n < 0n) throw pyError(ValueError, `${name} must be a non-negative integer`);
  return n;
}

export function comb(args: PyValue[]): PyValue {
  const n = nonNegative(args[0]!, 'n');
  let k = nonNegative(args[1]!, 'k');
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

export function perm(args: PyValue[]): PyValue {
  const n = nonNegative(args[0]!, 'n');
  const k = args.length > 1 && args[1] !== null ? nonNegative(args[1]!, 'k') : n;
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}

export function prod(args: PyValue[], kwargs: Kwargs | null): PyValue {
  let acc: PyValue = keywordOnly('prod', kwargs, ['start']).get('start') ?? 1n;
  const it = getIterator(args[0]!);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    acc = typeof acc === 'bigint' && typeof x === 'bigint' ? acc * x : binaryOp('*', acc, x);
  }
  return acc;
}

/** math.fsum: the exact sum of the floats, rounded once (the same value as CPython's Shewchuk sum). */
export function fsum(args: PyValue[]): PyValue {
  const it = getIterator(args[0]!);
  let exact = 0n;
  const SHIFT = 1074n;
  let special: number | null = null;
  let sawPosInf = false;
  let sawNegInf = false;
  for (let v = it.next(); v !== undefined; v = it.next()) {
    const x = toMathFloat(v);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else if (x > 0) sawPosInf = true;
      else sawNegInf = true;
      continue;
    }
    const { num, shift } = exactBinary(x);
    exact += num << (SHIFT - shift);
  }
  if (special !== null) return special;
  if (sawPosInf && sawNegInf) throw pyError(ValueError, '-inf + inf in fsum');
  if (sawPosInf) return Infinity;
  if (sawNegInf) return -Infinity;
  if (exact === 0n) return 0.0;
  // exact * 2^-1074 = exact * 5^1074 / 10^1074: a decimal string parseFloat rounds correctly.
  const neg = exact < 0n;
  const digits = ((neg ? -exact : exact) * 5n ** SHIFT).toString().padStart(1075, '0');
  const text = `${neg ? '-' : ''}${digits.slice(0, -1074)}.${digits.slice(-1074)}`;
  const r = Number.parseFloat(text);
  if (!Number.isFinite(r)) throw pyError(OverflowError, 'intermediate overflow in fsum');
  return r;
}
