// Numeric builtins: abs, round, divmod, pow, hex, oct, bin, chr, ord, hash, id.

import { binaryOp, divmod, pow3 } from '../objects/arithmetic.ts';
import { typeOf } from '../objects/builtin-types.ts';
import { cpLength } from '../objects/code-points.ts';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyError } from '../objects/exceptions.ts';
import { pyHash } from '../objects/hash.ts';
import { fakeAddress } from '../objects/repr.ts';
import { callDunder } from '../objects/iteration.ts';
import { requireIndex } from '../objects/subscript.ts';
import { PyNaN, PyObject, boxNaN, unboxNaN, type Kwargs, type PyValue } from '../objects/values.ts';
import { bindArgs } from './args.ts';
import { expectArgs, nativeFunction, noKwargs } from './define.ts';

function abs(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('abs', kwargs);
  expectArgs('abs', args, 1);
  const v = args[0]!;
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'number') return Math.abs(v);
  if (v instanceof PyNaN) return new PyNaN();
  if (typeof v === 'boolean') return v ? 1n : 0n;
  const fn = v instanceof PyObject ? v.pyType().lookup('__abs__') : undefined;
  if (fn !== undefined && fn !== null) return callDunder(fn, v);
  throw pyError(TypeError, `bad operand type for abs(): '${typeOf(v).name}'`);
}

/** Floor division and modulo of ints, as Python defines them (the remainder takes the divisor's sign). */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw pyError(ZeroDivisionError, 'integer division or modulo by zero');
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

function divmodBuiltin(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('divmod', kwargs);
  expectArgs('divmod', args, 2);
  return divmod(args[0]!, args[1]!);
}

function pow(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [base, exp, mod] = bindArgs('pow', args, kwargs, ['base', 'exp', 'mod'], 2);
  if (mod === undefined || mod === null) return binaryOp('**', base!, exp!);
  return pow3(base!, exp!, mod);
}

function radix(name: string, prefix: string, base: number) {
  return nativeFunction(name, (args, kwargs) => {
    noKwargs(name, kwargs);
    expectArgs(name, args, 1);
    const v = requireIndex(args[0]!);
    return v < 0n ? `-${prefix}${(-v).toString(base)}` : `${prefix}${v.toString(base)}`;
  });
}

function chr(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('chr', kwargs);
  expectArgs('chr', args, 1);
  const v = args[0]!;
  if (typeof v === 'number' || v instanceof PyNaN) {
    throw pyError(TypeError, "'float' object cannot be interpreted as an integer");
  }
  const i = requireIndex(v);
  if (i < 0n || i >= 0x110000n) throw pyError(ValueError, 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(i));
}

function ord(args: PyValue[], kwargs: Kwargs | null): PyValue {
  noKwargs('ord', kwargs);
  expectArgs('ord', args, 1);
  const v = args[0]!;
  if (typeof v === 'string') {
    const n = cpLength(v);
    if (n !== 1) throw pyError(TypeError, `ord() expected a character, but string of length ${n} found`);
    return BigInt(v.codePointAt(0)!);
  }
  if (v instanceof PyObject && v.pyType().name === 'bytes') {
    const data = (v as unknown as { data: Uint8Array }).data;
    if (data.length !== 1) {
      throw pyError(TypeError, `ord() expected a character, but string of length ${data.length} found`);
    }
    return BigInt(data[0]!);
  }
  throw pyError(TypeError, `ord() expected string of length 1, but ${typeOf(v).name} found`);
}

// --- round ---------------------------------------------------------------------------------------------

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** The exact value of a finite double as numerator / 2^shift (shift >= 0). */
export function exactBinary(x: number): { num: bigint; shift: bigint } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  const sign = bits >> 63n ? -1n : 1n;
  if (exp >= 0) return { num: sign * (mant << BigInt(exp)), shift: 0n };
  return { num: sign * mant, shift: BigInt(-exp) };
}

/** Rounds num/den to the nearest integer, ties to even (exact rational arithmetic). */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  const r2 = (a % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return neg ? -q : q;
}

/** round(x, ndigits) for a float: the correctly rounded decimal result, like CPython's double_round. */
export function roundFloat(x: number, ndigits: bigint): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > BigInt(NDIGITS_MAX)) return x;
  if (ndigits < BigInt(NDIGITS_MIN)) return 0.0 * x;
  const n = Number(ndigits);
  const { num, shift } = exactBinary(x);
  let result: number;
  if (n >= 0) {
    const q = roundHalfEven(num * 10n ** BigInt(n), 1n << shift);
    result = Number.parseFloat(`${q}e-${n}`);
  } else {
    const q = roundHalfEven(num, (1n << shift) * 10n ** BigInt(-n));
    result = Number(q * 10n ** BigInt(-n));
  }
  if (!Number.isFinite(result)) throw pyError(OverflowError, 'rounded value too large to represent');
  return result === 0 && x < 0 ? -0.0 : result;
}

/** round(x) for a float: nearest int, ties to even. */
export function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw pyError(ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError(OverflowError, 'cannot convert float infinity to integer');
  const { num, shift } = exactBinary(x);
  return roundHalfEven(num, 1n << shift);
}

function round(args: PyValue[], kwargs: Kwargs | null): PyValue {
  const [arg, nd] = bindArgs('round', args, kwargs, ['number', 'ndigits'], 1);
  const v = unboxNaN(arg!);
  const ndigits = nd === undefined || nd === null ? null : requireIndex(nd);
  if (typeof v === 'number') return ndigits === null ? roundFloatToInt(v) : boxNaN(roundFloat(v, ndigits));
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const i = typeof v === 'bigint' ? v : v ? 1n : 0n;
    if (ndigits === null || ndigits >= 0n) return i;
    const p = 10n ** -ndigits;
    return roundHalfEven(i, p) * p;
  }
  const fn = v instanceof PyObject ? v.pyType().lookup('__round__') : undefined;
  if (fn !== undefined && fn !== null) return nd === undefined ? callDunder(fn, v!) : callDunder(fn, v!, nd);
  throw pyError(TypeError, `type ${typeOf(v!).name} doesn't define __round__ method`);
}

// --- identity ------------------------------------------------------------------------------------------

const primitiveIds = new Map<PyValue, bigint>();
let nextPrimitiveId = 0x7e0000001000n;

/**
 * A stable fake address per object, the same one default reprs show (`<A object at 0x...>`), so
 * `hex(id(a))` agrees with `repr(a)` and `id(a) == id(b)` means identity within a run.
 */
export function pyId(v: PyValue): bigint {
  if (v instanceof PyObject) return fakeAddress(v);
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = nextPrimitiveId;
    nextPrimitiveId += 0x20n;
    if (primitiveIds.size < 100_000) primitiveIds.set(v, id);
  }
  return id;
}

export function numericBuiltins(): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  ns.set('abs', nativeFunction('abs', abs));
  ns.set('divmod', nativeFunction('divmod', divmodBuiltin));
  ns.set('pow', nativeFunction('pow', pow));
  ns.set('round', nativeFunction('round', round));
  ns.set('hex', radix('hex', '0x', 16));
  ns.set('oct', radix('oct', '0o', 8));
  ns.set('bin', radix('bin', '0b', 2));
  ns.set('chr', nativeFunction('chr', chr));
  ns.set('ord', nativeFunction('ord', ord));
  ns.set(
    'hash',
    nativeFunction('hash', (args, kwargs) => {
      noKwargs('hash', kwargs);
      expectArgs('hash', args, 1);
      return pyHash(args[0]!);
    }),
  );
  ns.set(
    'id',
    nativeFunction('id', (args, kwargs) => {
      noKwargs('id', kwargs);
      expectArgs('id', args, 1);
      return pyId(args[0]!);
    }),
  );
  return ns;
}
