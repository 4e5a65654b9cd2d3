// Slow but simple double-double Taylor series, used once to fill the tables the fast paths read.

import * as D from './double-double.ts';
import type { DD } from './double-double.ts';

/** Sum of a series whose n-th term is computed from the (n-1)-th, until terms stop mattering. */
export function series(first: DD, next: (term: DD, n: number) => DD): DD {
  let sum = first;
  let term = first;
  for (let n = 1; n < 200; n++) {
    term = next(term, n);
    sum = D.add(sum, term);
    if (Math.abs(term.hi) <= Math.abs(sum.hi) * 1e-34) break;
  }
  return sum;
}

/** exp(r) for small |r| (at most about 1). */
export function expSeries(r: DD): DD {
  return series(D.dd(1), (t, n) => D.divNum(D.mul(t, r), n));
}

/** sin(r) for |r| at most about 1. */
export function sinSeries(r: DD): DD {
  const r2 = D.mul(r, r);
  return series(r, (t, n) => D.neg(D.divNum(D.mul(t, r2), 2 * n * (2 * n + 1))));
}

/** cos(r) for |r| at most about 1. */
export function cosSeries(r: DD): DD {
  const r2 = D.mul(r, r);
  return series(D.dd(1), (t, n) => D.neg(D.divNum(D.mul(t, r2), (2 * n - 1) * (2 * n))));
}

/** log(m) for m in [1/2, 2], as 2 atanh((m - 1) / (m + 1)). */
export function logSeries(m: number): DD {
  const y = D.div(D.dd(m - 1), D.twoSum(m, 1));
  const y2 = D.mul(y, y);
  let power = y;
  let sum = y;
  for (let k = 3; k < 400; k += 2) {
    power = D.mul(power, y2);
    const term = D.divNum(power, k);
    sum = D.add(sum, term);
    if (Math.abs(term.hi) <= Math.abs(sum.hi) * 1e-34) break;
  }
  return D.mulNum(sum, 2);
}
