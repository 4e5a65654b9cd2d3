// The `math` module.

import { TypeError, ValueError, ZeroDivisionError, pyError } from '../../objects/exceptions.ts';
import { toArray } from '../../objects/iteration.ts';
import { boxNaN, PyNaN, PyTuple, type Kwargs, type PyModule, type PyValue } from '../../objects/values.ts';
import { keywordOnly } from '../../builtins/args.ts';
import * as libm from '../../objects/libm/index.ts';
import { boxingNaN, functions, makeModule } from '../module.ts';
import {
  ceil,
  domainError,
  floor,
  fmod,
  logOf,
  mathPow,
  rangeError,
  remainder,
  toMathFloat,
  trunc,
  unary,
} from './floats.ts';
import { comb, factorial, fsum, gcd, intArg, isqrtBig, lcm, perm, prod } from './integers.ts';

function log(args: PyValue[]): PyValue {
  if (args.length < 1 || args.length > 2) {
    throw pyError(TypeError, `log expected at least 1 argument, got ${args.length}`);
  }
  const num = logOf(args[0]!, libm.log);
  if (args.length === 1) return num;
  const den = logOf(args[1]!, libm.log);
  if (den === 0) throw pyError(ZeroDivisionError, 'float division by zero');
  return num / den;
}

function isclose(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const opts = keywordOnly('isclose', kwargs, ['rel_tol', 'abs_tol']);
  const a = toMathFloat(args[0]!);
  const b = toMathFloat(args[1]!);
  const rel = toMathFloat(opts.get('rel_tol') ?? 1e-9);
  const abs = toMathFloat(opts.get('abs_tol') ?? 0.0);
  if (rel < 0 || abs < 0) throw pyError(ValueError, 'tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

export function mathModule(): PyModule {
  return makeModule('math', {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: Infinity,
    nan: new PyNaN(),
    ...functions(
      boxingNaN({
        sqrt: unary(Math.sqrt),
        exp: unary(libm.exp, true),
        exp2: unary(libm.exp2, true),
        expm1: unary(Math.expm1, true),
        cbrt: unary(Math.cbrt),
        log,
        log2: (args) => logOf(args[0]!, libm.log2),
        log10: (args) => logOf(args[0]!, libm.log10),
        log1p: unary((x) => (x === -1 ? domainError() : Math.log1p(x))),
        sin: unary(libm.sin),
        cos: unary(libm.cos),
        tan: unary(libm.tan),
        asin: unary(libm.asin),
        acos: unary(libm.acos),
        atan: unary(libm.atan),
        sinh: unary(libm.sinh, true),
        cosh: unary(libm.cosh, true),
        tanh: unary(Math.tanh),
        asinh: unary(libm.asinh),
        acosh: unary(libm.acosh),
        atanh: unary((x) => (Math.abs(x) === 1 ? domainError() : Math.atanh(x))),
        atan2: (args) => libm.atan2(toMathFloat(args[0]!), toMathFloat(args[1]!)),
        fabs: (args) => Math.abs(toMathFloat(args[0]!)),
        floor: floor,
        ceil: ceil,
        trunc: trunc,
        pow: mathPow,
        fmod,
        remainder,
        copysign: (args) => {
          const x = Math.abs(toMathFloat(args[0]!));
          const y = toMathFloat(args[1]!);
          return y < 0 || Object.is(y, -0) ? -x : x;
        },
        degrees: (args) => toMathFloat(args[0]!) * (180 / Math.PI),
        radians: (args) => toMathFloat(args[0]!) * (Math.PI / 180),
        hypot: (args) => libm.vectorNorm(args.map(toMathFloat)),
        dist: (args) => {
          const p = toArray(args[0]!).map(toMathFloat);
          const q = toArray(args[1]!).map(toMathFloat);
          if (p.length !== q.length)
            throw pyError(ValueError, 'both points must have the same number of dimensions');
          return libm.vectorNorm(p.map((x, i) => x - q[i]!));
        },
        isclose,
        isinf: (args) => {
          const x = toMathFloat(args[0]!);
          return x === Infinity || x === -Infinity;
        },
        isnan: (args) => Number.isNaN(toMathFloat(args[0]!)),
        isfinite: (args) => Number.isFinite(toMathFloat(args[0]!)),
        ldexp: (args) => {
          const x = toMathFloat(args[0]!);
          const e = intArg(args[1]!);
          if (x === 0 || !Number.isFinite(x)) return x;
          const r = e > 2200n ? x * Infinity : e < -2200n ? x * 0 : x * 2 ** Number(e);
          if (!Number.isFinite(r)) rangeError();
          return r;
        },
        frexp: (args) => {
          const [m, e] = frexp(toMathFloat(args[0]!));
          return new PyTuple([boxNaN(m), BigInt(e)]);
        },
        modf: (args) => {
          const x = toMathFloat(args[0]!);
          if (!Number.isFinite(x))
            return new PyTuple([boxNaN(Number.isNaN(x) ? x : Math.sign(x) * 0), boxNaN(x)]);
          const i = Math.trunc(x);
          const frac = x - i;
          return new PyTuple([frac === 0 ? (x < 0 ? -0 : 0) : frac, i]);
        },
        gcd,
        lcm,
        isqrt: (args) => isqrtBig(intArg(args[0]!)),
        factorial,
        comb,
        perm,
        prod,
        fsum,
      }),
    ),
  });
}
