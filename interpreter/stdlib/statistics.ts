// `statistics`: mean/median/mode/variance/stdev with CPython's exact-fraction arithmetic, so results are
// the correctly rounded values CPython prints (mean([1, 2, 3]) is the int 2, mean([0.1, 0.2, 0.3]) is 0.2).

import { binaryOp } from '../objects/arithmetic.ts';
import { typeOf } from '../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { HashTable } from '../objects/hashtable.ts';
import { toArray } from '../objects/iteration.ts';
import { PyType } from '../objects/type.ts';
import { PyList, unboxNaN, type PyModule, type PyValue } from '../objects/values.ts';
import { exactBinary } from '../builtins/numeric.ts';
import { sortInPlace } from '../builtins/sort.ts';
import { fsum, isqrtBig } from './math/integers.ts';
import { boxingNaN, functions, makeModule } from './module.ts';
import { bitLength } from '../objects/bits.ts';

const StatisticsError = new PyType('StatisticsError', [ValueError], new Map(), 'statistics');

interface Rat {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function rat(n: bigint, d: bigint): Rat {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** n/d as the nearest float (ties to even), like int.__truediv__ and Fraction.__float__. */
export function ratToFloat(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const neg = num < 0n !== den < 0n;
  let n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const k = 55 - (bitLength(n) - bitLength(d));
  let q: bigint;
  let r: bigint;
  if (k >= 0) {
    n <<= BigInt(k);
    q = n / d;
    r = n % d;
  } else {
    const dd = d << BigInt(-k);
    q = n / dd;
    r = n % dd;
  }
  const exp = bitLength(q) - 1 - k;
  let drop = bitLength(q) - 53;
  if (exp < -1022) drop += -1022 - exp;
  if (drop > 0) {
    const mask = (1n << BigInt(drop)) - 1n;
    const rem = q & mask;
    const half = 1n << BigInt(drop - 1);
    q >>= BigInt(drop);
    if (rem > half || (rem === half && (r !== 0n || (q & 1n) === 1n))) q += 1n;
  } else drop = 0;
  const v = Number(q) * 2 ** (drop - k);
  return neg ? -v : v;
}

type Kind = 'int' | 'float';

/** The data as exact fractions, with CPython's result type (int unless a float is present). */
function exactData(data: PyValue[]): { kind: Kind; values: Rat[]; special: number | null } {
  let kind: Kind = 'int';
  let special: number | null = null;
  const values: Rat[] = [];
  for (const item of data) {
    const v = unboxNaN(item);
    if (typeof v === 'bigint') values.push({ n: v, d: 1n });
    else if (typeof v === 'boolean') values.push({ n: v ? 1n : 0n, d: 1n });
    else if (typeof v === 'number') {
      kind = 'float';
      if (!Number.isFinite(v)) special = special === null ? v : special + v;
      else {
        const { num, shift } = exactBinary(v);
        values.push(rat(num, 1n << shift));
      }
    } else throw pyError(TypeError, `can't convert type '${typeOf(v).name}' to numerator/denominator`);
  }
  return { kind, values, special };
}

function sum(values: Rat[]): Rat {
  let n = 0n;
  let d = 1n;
  for (const v of values) {
    n = n * v.d + v.n * d;
    d *= v.d;
    const g = gcd(n, d) || 1n;
    n /= g;
    d /= g;
  }
  return { n, d };
}

function convert(r: Rat, kind: Kind): PyValue {
  if (kind === 'int' && r.d === 1n) return r.n;
  return ratToFloat(r.n, r.d);
}

function mean(data: PyValue[]): PyValue {
  if (data.length === 0) throw pyError(StatisticsError, 'mean requires at least one data point');
  const { kind, values, special } = exactData(data);
  if (special !== null) return special;
  const t = sum(values);
  return convert(rat(t.n, t.d * BigInt(data.length)), kind);
}

/** Exact sum of squared deviations from the mean (statistics._ss). */
function squaredDeviations(data: PyValue[]): { kind: Kind; ssd: Rat; special: number | null } {
  const { kind, values, special } = exactData(data);
  const count = BigInt(values.length);
  const sx = sum(values);
  const sxx = sum(values.map((v) => ({ n: v.n * v.n, d: v.d * v.d })));
  // ssd = (count * sxx - sx * sx) / count
  const num = count * sxx.n * sx.d * sx.d - sx.n * sx.n * sxx.d;
  return { kind, ssd: rat(num, sxx.d * sx.d * sx.d * count), special };
}

/** statistics._float_sqrt_of_frac: the correctly rounded square root of n/m. */
function sqrtOfFrac(n: bigint, m: bigint): number {
  const rto = (a: bigint, b: bigint): bigint => {
    const r = isqrtBig(a / b);
    return r | (r * r * b !== a ? 1n : 0n);
  };
  const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
  if (q >= 0) return ratToFloat(rto(n, m << BigInt(2 * q)) << BigInt(q), 1n);
  return ratToFloat(rto(n << BigInt(-2 * q), m), 1n << BigInt(-q));
}

function spread(name: string, data: PyValue[], sample: boolean, root: boolean): PyValue {
  const min = sample ? 2 : 1;
  if (data.length < min) {
    const what = sample ? 'at least two data points' : 'at least one data point';
    throw pyError(StatisticsError, `${name} requires ${what}`);
  }
  const { kind, ssd, special } = squaredDeviations(data);
  if (special !== null) return NaN;
  const mss = rat(ssd.n, ssd.d * BigInt(data.length - (sample ? 1 : 0)));
  return root ? sqrtOfFrac(mss.n, mss.d) : convert(mss, kind);
}

function sorted(data: PyValue[], name: string): PyValue[] {
  if (data.length === 0) throw pyError(StatisticsError, `no ${name} for empty data`);
  sortInPlace(data, null, false);
  return data;
}

function counts(data: PyValue[]): { key: PyValue; n: number }[] {
  const table = new HashTable<{ key: PyValue; n: number }>();
  for (const x of data) {
    const e = table.get(x);
    if (e) e.n++;
    else table.set(x, { key: x, n: 1 });
  }
  return table.toArray().map((e) => e.value);
}

export function statisticsModule(): PyModule {
  return makeModule('statistics', {
    StatisticsError,
    ...functions(
      boxingNaN({
        mean: (args) => mean(toArray(args[0]!)),
        fmean: (args) => {
          const data = toArray(args[0]!);
          if (data.length === 0) throw pyError(StatisticsError, 'fmean requires at least one data point');
          return (fsum([new PyList(data)]) as number) / data.length;
        },
        median: (args) => {
          const d = sorted(toArray(args[0]!), 'median');
          const i = d.length >> 1;
          return d.length % 2 === 1 ? d[i]! : binaryOp('/', binaryOp('+', d[i - 1]!, d[i]!), 2n);
        },
        median_low: (args) => {
          const d = sorted(toArray(args[0]!), 'median');
          return d.length % 2 === 1 ? d[d.length >> 1]! : d[(d.length >> 1) - 1]!;
        },
        median_high: (args) => {
          const d = sorted(toArray(args[0]!), 'median');
          return d[d.length >> 1]!;
        },
        mode: (args) => {
          const c = counts(toArray(args[0]!));
          if (c.length === 0) throw pyError(StatisticsError, 'no mode for empty data');
          let best = c[0]!;
          for (const e of c) if (e.n > best.n) best = e;
          return best.key;
        },
        multimode: (args) => {
          const c = counts(toArray(args[0]!));
          const max = Math.max(0, ...c.map((e) => e.n));
          return new PyList(c.filter((e) => e.n === max).map((e) => e.key));
        },
        variance: (args) => spread('variance', toArray(args[0]!), true, false),
        pvariance: (args) => spread('pvariance', toArray(args[0]!), false, false),
        stdev: (args) => spread('stdev', toArray(args[0]!), true, true),
        pstdev: (args) => spread('pstdev', toArray(args[0]!), false, true),
      }),
    ),
  });
}
