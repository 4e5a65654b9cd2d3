// divmod(), pow() with a modulus, and the floor-division/modulo helpers the builtins share, on top of the
// binary operator protocol in arithmetic.ts.

import { binaryOp, callDunder, isNative } from './arithmetic.ts';
import { NotImplemented, typeOf } from './builtin-types.ts';
import { findDunder } from './dunder.ts';
import { TypeError, pyError } from './exceptions.ts';
import { floatDivmod, intPow3, intToFloat } from './int-math.ts';
import { callValue } from './runtime.ts';
import { boxNaN, PyObject, PyTuple, unboxNaN, type PyValue } from './values.ts';

/** `a // b` for any operands (divmod, operator.floordiv). */
export function floorDiv(a: PyValue, b: PyValue): PyValue {
  return binaryOp('//', a, b);
}

/** `a % b` for any operands. */
export function mod(a: PyValue, b: PyValue): PyValue {
  return binaryOp('%', a, b);
}

/** divmod(a, b): ints and floats with CPython's errors; other types through __divmod__. */
export function divmod(a: PyValue, b: PyValue): PyValue {
  a = unboxNaN(a);
  b = unboxNaN(b);
  const isNum = (v: PyValue) => typeof v === 'bigint' || typeof v === 'boolean' || typeof v === 'number';
  if (isNum(a) && isNum(b)) {
    if (typeof a === 'number' || typeof b === 'number') {
      const x = typeof a === 'number' ? a : intToFloat(typeof a === 'boolean' ? (a ? 1n : 0n) : a);
      const y = typeof b === 'number' ? b : intToFloat(typeof b === 'boolean' ? (b ? 1n : 0n) : b);
      const [q, r] = floatDivmod(x, y, 'float divmod()');
      return new PyTuple([boxNaN(q), boxNaN(r)]);
    }
    return new PyTuple([floorDiv(a, b), mod(a, b)]);
  }
  const r = callDunder(a, '__divmod__', b);
  if (r !== NotImplemented) return r;
  const r2 = typeOf(a) !== typeOf(b) ? callDunder(b, '__rdivmod__', a) : NotImplemented;
  if (r2 !== NotImplemented) return r2;
  throw pyError(
    TypeError,
    `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
}

/** pow(a, b, m). */
export function pow3(a: PyValue, b: PyValue, m: PyValue): PyValue {
  a = unboxNaN(a);
  b = unboxNaN(b);
  m = unboxNaN(m);
  const asInt = (v: PyValue) => (typeof v === 'boolean' ? (v ? 1n : 0n) : v);
  const x = asInt(a);
  const y = asInt(b);
  const z = asInt(m);
  if (typeof x === 'bigint' && typeof y === 'bigint' && typeof z === 'bigint') return intPow3(x, y, z);
  if (m === null) return binaryOp('**', a, b);
  if (isNative(a) && isNative(b) && isNative(m)) {
    throw pyError(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  const method = a instanceof PyObject ? findDunder(a, '__pow__') : undefined;
  if (method !== undefined && method !== null) {
    const r = callValue(method, [a, b, m]);
    if (r !== NotImplemented) return r;
  }
  throw pyError(
    TypeError,
    `unsupported operand type(s) for ** or pow(): '${typeOf(a).name}', '${typeOf(b).name}', '${typeOf(m).name}'`,
  );
}
