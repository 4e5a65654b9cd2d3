// Double-double arithmetic: a value is the unevaluated sum hi + lo of two floats (about 106 bits), built on
// the error-free transformations twoSum and twoProd. The libm functions carry their intermediate results
// this way so that rounding to a float happens once, at the end.

import * as S from './dd-scalar.ts';

export interface DD {
  hi: number;
  lo: number;
}

export function dd(hi: number, lo = 0): DD {
  return { hi, lo };
}

/** a + b exactly, as the rounded sum and its error. */
export function twoSum(a: number, b: number): DD {
  const hi = S.sum2(a, b);
  return { hi, lo: S.lo() };
}

/** a + b exactly when |a| >= |b| (or a is zero). */
export function quickTwoSum(a: number, b: number): DD {
  const hi = S.fastSum2(a, b);
  return { hi, lo: S.lo() };
}

/** a * b exactly, as the rounded product and its error (Dekker's product; |a*b| well inside range). */
export function twoProd(a: number, b: number): DD {
  const hi = S.prod2(a, b);
  return { hi, lo: S.lo() };
}

export function add(x: DD, y: DD): DD {
  const s = twoSum(x.hi, y.hi);
  const t = twoSum(x.lo, y.lo);
  const u = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(u.hi, u.lo + t.lo);
}

export function addNum(x: DD, b: number): DD {
  const s = twoSum(x.hi, b);
  return quickTwoSum(s.hi, s.lo + x.lo);
}

export function neg(x: DD): DD {
  return { hi: -x.hi, lo: -x.lo };
}

export function sub(x: DD, y: DD): DD {
  return add(x, neg(y));
}

export function mul(x: DD, y: DD): DD {
  const p = twoProd(x.hi, y.hi);
  return quickTwoSum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi));
}

export function mulNum(x: DD, b: number): DD {
  const p = twoProd(x.hi, b);
  return quickTwoSum(p.hi, p.lo + x.lo * b);
}

export function div(x: DD, y: DD): DD {
  const q1 = x.hi / y.hi;
  let r = sub(x, mulNum(y, q1));
  const q2 = r.hi / y.hi;
  r = sub(r, mulNum(y, q2));
  const q3 = r.hi / y.hi;
  return addNum(quickTwoSum(q1, q2), q3);
}

export function divNum(x: DD, b: number): DD {
  const q1 = x.hi / b;
  const p = twoProd(q1, b);
  const r = (x.hi - p.hi - p.lo + x.lo) / b;
  return quickTwoSum(q1, r);
}

/** sqrt of a double-double, by one correction of the float square root. */
export function sqrt(x: DD): DD {
  if (x.hi <= 0) return dd(Math.sqrt(x.hi));
  const h = Math.sqrt(x.hi);
  const p = twoProd(h, h);
  const r = x.hi - p.hi - p.lo + x.lo;
  return quickTwoSum(h, r / (2 * h));
}

/** The float nearest hi + lo. */
export function round(x: DD): number {
  return x.hi + x.lo;
}
