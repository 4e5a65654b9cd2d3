// Binary, in-place and unary operators with CPython's semantics: numeric tower (bool < int < float),
// sequence concatenation/repetition, set algebra, dict merge, user dunders with reflected fallback and
// NotImplemented, and CPython's exact TypeError messages.

import { NotImplemented, typeOf } from './builtin-types.ts';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, pyError } from './exceptions.ts';
import {
  floatFloorDiv,
  floatMod,
  floatPow,
  intFloorDiv,
  intMod,
  intPow,
  intToFloat,
  intTrueDiv,
} from './int-math.ts';
import { toArray } from './iteration.ts';
import { asIndex } from './subscript.ts';
import { percentFormat } from './percent-format.ts';
import { callValue, checkSize } from './runtime.ts';
import { bytesOf } from '../builtins/bytearray.ts';
import { dictMerge, dictUpdateFrom } from '../builtins/dict.ts';
import { setInplaceOperator, setOperator } from '../builtins/set.ts';
import {
  PyBytes,
  PyDict,
  PyList,
  PyNaN,
  PyObject,
  PySet,
  PyTuple,
  unboxNaN,
  type PyValue,
} from './values.ts';
import { findDunder, hasPayload, isNativeValue } from './dunder.ts';

export type BinaryOp = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';
export type UnaryOp = '-' | '+' | '~';

const DUNDERS: Record<BinaryOp, readonly [string, string, string]> = {
  '+': ['__add__', '__radd__', '__iadd__'],
  '-': ['__sub__', '__rsub__', '__isub__'],
  '*': ['__mul__', '__rmul__', '__imul__'],
  '/': ['__truediv__', '__rtruediv__', '__itruediv__'],
  '//': ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  '%': ['__mod__', '__rmod__', '__imod__'],
  '**': ['__pow__', '__rpow__', '__ipow__'],
  '<<': ['__lshift__', '__rlshift__', '__ilshift__'],
  '>>': ['__rshift__', '__rrshift__', '__irshift__'],
  '&': ['__and__', '__rand__', '__iand__'],
  '|': ['__or__', '__ror__', '__ior__'],
  '^': ['__xor__', '__rxor__', '__ixor__'],
  '@': ['__matmul__', '__rmatmul__', '__imatmul__'],
};

const SHIFT_LIMIT = 1n << 32n;

export function intOp(op: BinaryOp, a: bigint, b: bigint): PyValue | undefined {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return intTrueDiv(a, b);
    case '//':
      return intFloorDiv(a, b);
    case '%':
      return intMod(a, b);
    case '**':
      return intPow(a, b);
    case '<<':
      if (b < 0n) throw pyError(ValueError, 'negative shift count');
      if (a === 0n) return 0n;
      checkSize(b / 8n);
      return a << b;
    case '>>':
      if (b < 0n) throw pyError(ValueError, 'negative shift count');
      if (b >= SHIFT_LIMIT) return a < 0n ? -1n : 0n;
      return a >> b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    default:
      return undefined;
  }
}

/** A float operator's result; a NaN result is a fresh object, as in CPython. */
export function floatOp(op: BinaryOp, a: number, b: number): PyValue | undefined {
  let r: number;
  switch (op) {
    case '+':
      r = a + b;
      break;
    case '-':
      r = a - b;
      break;
    case '*':
      r = a * b;
      break;
    case '/':
      if (b === 0) throw pyError(ZeroDivisionError, 'float division by zero');
      r = a / b;
      break;
    case '//':
      r = floatFloorDiv(a, b);
      break;
    case '%':
      r = floatMod(a, b);
      break;
    case '**': {
      const p = floatPow(a, b);
      return p === p ? p : new PyNaN();
    }
    default:
      return undefined;
  }
  return r === r ? r : new PyNaN();
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

/** `bytes % args`: str formatting over the bytes as latin-1 text. */
export function bytesFormat(data: Uint8Array | readonly number[], args: PyValue): PyBytes {
  let fmt = '';
  for (const byte of data) fmt += String.fromCharCode(byte);
  const out = percentFormat(fmt, args, { bytesLike: bytesOf });
  return new PyBytes(Uint8Array.from(out, (ch) => ch.charCodeAt(0)));
}

const MAX_SSIZE = 0x7fffffffffffffffn;

function repeatCount(n: PyValue): number | undefined {
  if (typeof n === 'bigint') {
    if (n > MAX_SSIZE || n < -MAX_SSIZE - 1n) {
      throw pyError(OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return n <= 0n ? 0 : n > 0x7fffffffn ? Infinity : Number(n);
  }
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (n instanceof PyObject && !isNative(n)) {
    const i = asIndex(n);
    if (i !== undefined) return repeatCount(i);
  }
  return undefined;
}

function repeatArray(items: readonly PyValue[], n: number): PyValue[] {
  if (items.length === 0 || n === 0) return [];
  checkSize(items.length * n);
  const out = new Array<PyValue>(items.length * n);
  let k = 0;
  for (let r = 0; r < n; r++) for (let i = 0; i < items.length; i++) out[k++] = items[i]!;
  return out;
}

function repeatSequence(seq: PyValue, n: number): PyValue {
  if (typeof seq === 'string') {
    if (seq.length === 0 || n === 0) return '';
    checkSize(seq.length * n);
    return seq.repeat(n);
  }
  if (seq instanceof PyList) return new PyList(repeatArray(seq.items, n));
  if (seq instanceof PyTuple) return n === 1 ? seq : new PyTuple(repeatArray(seq.items, n));
  const data = (seq as PyBytes).data;
  if (data.length === 0 || n === 0) return new PyBytes(new Uint8Array(0));
  checkSize(data.length * n);
  const out = new Uint8Array(data.length * n);
  for (let r = 0; r < n; r++) out.set(data, r * data.length);
  return new PyBytes(out);
}

function concatBytes(a: Uint8Array, b: Uint8Array): PyBytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return new PyBytes(out);
}

/** Numeric operands as int or float; undefined for anything else. */
function numericBinary(op: BinaryOp, a: PyValue, b: PyValue): PyValue | undefined {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'boolean' && tb === 'boolean' && (op === '&' || op === '|' || op === '^')) {
    return op === '&'
      ? (a as boolean) && (b as boolean)
      : op === '|'
        ? (a as boolean) || (b as boolean)
        : a !== b;
  }
  if (ta === 'number' || tb === 'number') {
    const x =
      ta === 'number'
        ? (a as number)
        : ta === 'bigint'
          ? intToFloat(a as bigint)
          : ta === 'boolean'
            ? +(a as boolean)
            : undefined;
    if (x === undefined) return undefined;
    const y =
      tb === 'number'
        ? (b as number)
        : tb === 'bigint'
          ? intToFloat(b as bigint)
          : tb === 'boolean'
            ? +(b as boolean)
            : undefined;
    if (y === undefined) return undefined;
    return floatOp(op, x, y);
  }
  const x = ta === 'bigint' ? (a as bigint) : ta === 'boolean' ? ((a as boolean) ? 1n : 0n) : undefined;
  const y = tb === 'bigint' ? (b as bigint) : tb === 'boolean' ? ((b as boolean) ? 1n : 0n) : undefined;
  if (x === undefined || y === undefined) return undefined;
  return intOp(op, x, y);
}

/** The operator for builtin operand types; undefined means NotImplemented. */
export function builtinBinary(op: BinaryOp, a: PyValue, b: PyValue): PyValue | undefined {
  const num = numericBinary(op, a, b);
  if (num !== undefined) return num;
  switch (op) {
    case '+':
      if (typeof a === 'string') {
        if (typeof b !== 'string') return undefined;
        checkSize(a.length + b.length);
        return a + b;
      }
      if (a instanceof PyList && b instanceof PyList) {
        checkSize(a.items.length + b.items.length);
        return new PyList(a.items.concat(b.items));
      }
      if (a instanceof PyTuple && b instanceof PyTuple) {
        if (b.items.length === 0) return a;
        if (a.items.length === 0) return b;
        return new PyTuple(a.items.concat(b.items));
      }
      if (a instanceof PyBytes && b instanceof PyBytes) return concatBytes(a.data, b.data);
      return undefined;
    case '*': {
      if (isSequence(a)) {
        const n = repeatCount(b);
        return n === undefined ? undefined : repeatSequence(a, n);
      }
      if (isSequence(b)) {
        const n = repeatCount(a);
        return n === undefined ? undefined : repeatSequence(b, n);
      }
      return undefined;
    }
    case '%':
      if (typeof a === 'string') return percentFormat(a, b);
      if (a instanceof PyBytes) return bytesFormat(a.data, b);
      return undefined;
    case '|':
    case '&':
    case '-':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return setOperator(op, a, b)!;
      if (op === '|' && a instanceof PyDict && b instanceof PyDict) return dictMerge(a, b);
      return undefined;
    default:
      return undefined;
  }
}

export function isNative(v: PyValue): boolean {
  return v === null || typeof v !== 'object' || isNativeValue(v);
}

export function callDunder(x: PyValue, name: string, y: PyValue): PyValue {
  if (!(x instanceof PyObject)) return NotImplemented;
  const method = findDunder(x, name);
  if (method === undefined || method === null) return NotImplemented;
  return callValue(method, [x, y]);
}

/** One operand's implementation: its class's dunder, or the builtin behaviour of its payload. */
function trySide(op: BinaryOp, x: PyValue, y: PyValue, reflected: boolean): PyValue {
  if (isNative(x)) return (reflected ? builtinBinary(op, y, x) : builtinBinary(op, x, y)) ?? NotImplemented;
  const [name, rname] = DUNDERS[op];
  const r = callDunder(x, reflected ? rname : name, y);
  if (r !== NotImplemented || !hasPayload(x as PyObject)) return r;
  return (reflected ? builtinBinary(op, y, x) : builtinBinary(op, x, y)) ?? NotImplemented;
}

function binaryProtocol(op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  const aNative = isNative(a);
  const bNative = isNative(b);
  if (aNative && bNative) return builtinBinary(op, a, b) ?? NotImplemented;
  // A boxed NaN operand acts as the NaN number: the builtin float arithmetic applies.
  if (a instanceof PyNaN || b instanceof PyNaN) return binaryProtocol(op, unboxNaN(a), unboxNaN(b));
  const rname = DUNDERS[op][1];
  const ta = typeOf(a);
  const tb = typeOf(b);
  let reflectedTried = false;
  if (!bNative && ta !== tb && tb.isSubtypeOf(ta) && findDunder(b as PyObject, rname) !== undefined) {
    reflectedTried = true;
    const r = trySide(op, b, a, true);
    if (r !== NotImplemented) return r;
  }
  const r = trySide(op, a, b, false);
  if (r !== NotImplemented) return r;
  if (!reflectedTried && ta !== tb && !bNative) {
    const r2 = trySide(op, b, a, true);
    if (r2 !== NotImplemented) return r2;
  }
  return NotImplemented;
}

function binaryError(op: BinaryOp, a: PyValue, b: PyValue, inplace: boolean): never {
  if (op === '+' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple)) {
    const name = typeOf(a).name;
    throw pyError(TypeError, `can only concatenate ${name} (not "${typeOf(b).name}") to ${name}`);
  }
  if (op === '*' && (isSequence(a) || isSequence(b))) {
    const other = isSequence(a) ? b : a;
    throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeOf(other).name}'`);
  }
  const shown = inplace ? op + '=' : op === '**' ? '** or pow()' : op;
  throw pyError(
    TypeError,
    `unsupported operand type(s) for ${shown}: '${typeOf(a).name}' and '${typeOf(b).name}'`,
  );
}

export function binaryOp(op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    const r = intOp(op, a, b);
    if (r !== undefined) return r;
  } else if (typeof a === 'number' && typeof b === 'number') {
    const r = floatOp(op, a, b);
    if (r !== undefined) return r;
  } else if (op === '+' && typeof a === 'string' && typeof b === 'string') {
    checkSize(a.length + b.length);
    return a + b;
  }
  const r = binaryProtocol(op, a, b);
  if (r !== NotImplemented) return r;
  return binaryError(op, a, b, false);
}

export function inplaceOp(op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    const r = intOp(op, a, b);
    if (r !== undefined) return r;
  } else if (typeof a === 'number' && typeof b === 'number') {
    const r = floatOp(op, a, b);
    if (r !== undefined) return r;
  } else if (op === '+' && typeof a === 'string' && typeof b === 'string') {
    checkSize(a.length + b.length);
    return a + b;
  } else if (a instanceof PyObject && !isNative(a)) {
    const r = callDunder(a, DUNDERS[op][2], b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyList) {
    if (op === '+') {
      const extra = b instanceof PyList ? b.items.slice() : toArray(b);
      checkSize(a.items.length + extra.length);
      for (const x of extra) a.items.push(x);
      return a;
    }
    if (op === '*') {
      const n = repeatCount(b);
      if (n !== undefined) {
        a.items = repeatArray(a.items, n);
        return a;
      }
    }
  } else if (a instanceof PySet && !a.frozen) {
    if (b instanceof PySet && (op === '|' || op === '&' || op === '-' || op === '^')) {
      setInplaceOperator(op, a, b);
      return a;
    }
  } else if (a instanceof PyDict && op === '|') {
    dictUpdateFrom(a, b);
    return a;
  }
  const r = binaryProtocol(op, a, b);
  if (r !== NotImplemented) return r;
  return binaryError(op, a, b, true);
}

const UNARY: Record<UnaryOp, string> = { '-': '__neg__', '+': '__pos__', '~': '__invert__' };

export function unaryOp(op: UnaryOp, v: PyValue): PyValue {
  switch (typeof v) {
    case 'bigint':
      return op === '-' ? -v : op === '+' ? v : ~v;
    case 'boolean': {
      const n = v ? 1n : 0n;
      return op === '-' ? -n : op === '+' ? n : ~n;
    }
    case 'number':
      if (op === '-') return -v;
      if (op === '+') return v;
      break;
  }
  // float.__pos__ answers the object itself; negation makes a new one.
  if (v instanceof PyNaN) return op === '+' ? v : op === '-' ? new PyNaN() : unaryOp(op, NaN);
  if (v instanceof PyObject && !isNative(v)) {
    const method = findDunder(v, UNARY[op]);
    if (method !== undefined && method !== null) return callValue(method, [v]);
  }
  throw pyError(TypeError, `bad operand type for unary ${op}: '${typeOf(v).name}'`);
}

export { divmod, floorDiv, mod, pow3 } from './divmod.ts';
