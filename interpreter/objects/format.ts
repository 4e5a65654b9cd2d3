// format(value, spec): the format-spec mini-language for int, float, str and bool, user __format__, and
// the plain str() fallback that object.__format__ allows only for an empty spec.

import { typeOf } from './builtin-types.ts';
import { truncateCodePoints } from './code-points.ts';
import { OverflowError, TypeError, ValueError, pyError } from './exceptions.ts';
import { formatExp, formatFixed, formatGeneral, formatRepr } from './float-format.ts';
import { layoutNumber, pad, parseSpec, type FormatSpec } from './format-spec.ts';
import { floatRepr } from './float-repr.ts';
import { intToFloat } from './int-math.ts';
import { intToString, str } from './repr.ts';
import { callValue } from './runtime.ts';
import { PyNaN, PyObject, type PyValue } from './values.ts';

export { percentFormat } from './percent-format.ts';

export function formatValue(v: PyValue, spec: string): string {
  switch (typeof v) {
    case 'string':
      return spec === '' ? v : formatStr(v, spec);
    case 'bigint':
      return spec === '' ? intToString(v) : formatInt(v, spec, 'int');
    case 'number':
      return formatFloat(v, spec);
    case 'boolean':
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1n : 0n, spec, 'bool');
  }
  if (v instanceof PyNaN) return formatFloat(NaN, spec);
  if (v instanceof PyObject) {
    const method = typeOf(v).lookup('__format__');
    if (method !== undefined && method !== null) {
      const r = callValue(method, [v, spec]);
      if (typeof r !== 'string') {
        throw pyError(TypeError, `__format__ must return a str, not ${typeOf(r).name}`);
      }
      return r;
    }
  }
  if (spec !== '') {
    const type = typeOf(v);
    throw pyError(TypeError, `unsupported format string passed to ${type.name}.__format__`);
  }
  return str(v);
}

export function formatStr(s: string, spec: string): string {
  const f = parseSpec(spec, 'str', 's');
  if (f.type !== '' && f.type !== 's') {
    throw pyError(ValueError, `Unknown format code '${f.type}' for object of type 'str'`);
  }
  if (f.sign === ' ') throw pyError(ValueError, 'Space not allowed in string format specifier');
  if (f.sign !== undefined) throw pyError(ValueError, 'Sign not allowed in string format specifier');
  if (f.zeroCoerce)
    throw pyError(ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw pyError(ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (f.grouping !== undefined) throw pyError(ValueError, `Cannot specify '${f.grouping}' with 's'.`);
  if (f.align === '=') throw pyError(ValueError, "'=' alignment not allowed in string format specifier");
  let body = s;
  if (f.precision !== undefined) {
    body = truncateCodePoints(s, f.precision);
  }
  return pad(body, f, '<');
}

function formatInt(n: bigint, spec: string, typeName: string): string {
  const f = parseSpec(spec, typeName, 'd');
  const type = f.type;
  if ('eEfFgG%'.includes(type) && type !== '') return formatFloatSpec(intToFloat(n), f);
  if (!'dnxXobc'.includes(type)) {
    throw pyError(ValueError, `Unknown format code '${type}' for object of type '${typeName}'`);
  }
  if (f.precision !== undefined)
    throw pyError(ValueError, 'Precision not allowed in integer format specifier');
  if (f.zeroCoerce) {
    throw pyError(ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let digits: string;
  let prefix = '';
  let groupSize = 3;
  switch (type) {
    case '':
    case 'd':
    case 'n':
      digits = intToString(abs);
      break;
    case 'x':
    case 'X':
      digits = abs.toString(16);
      if (type === 'X') digits = digits.toUpperCase();
      prefix = f.alternate ? (type === 'x' ? '0x' : '0X') : '';
      groupSize = 4;
      break;
    case 'o':
      digits = abs.toString(8);
      prefix = f.alternate ? '0o' : '';
      groupSize = 4;
      break;
    case 'b':
      digits = abs.toString(2);
      prefix = f.alternate ? '0b' : '';
      groupSize = 4;
      break;
    case 'c': {
      if (f.sign !== undefined)
        throw pyError(ValueError, "Sign not allowed with integer format specifier 'c'");
      if (f.alternate)
        throw pyError(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) {
        throw pyError(OverflowError, 'Python int too large to convert to C long');
      }
      if (n < 0n || n >= 0x110000n) throw pyError(OverflowError, '%c arg not in range(0x110000)');
      return pad(String.fromCodePoint(Number(n)), f, '>');
    }
    default:
      throw pyError(ValueError, `Unknown format code '${type}' for object of type '${typeName}'`);
  }
  return layoutNumber(f, neg, prefix, digits, '', groupSize);
}

export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  const f = parseSpec(spec, 'float');
  if (f.type !== '' && !'eEfFgGn%'.includes(f.type)) {
    throw pyError(ValueError, `Unknown format code '${f.type}' for object of type 'float'`);
  }
  return formatFloatSpec(x, f);
}

function formatFloatSpec(value: number, f: FormatSpec): string {
  // '%' formats x * 100 computed as a float first, so a product that overflows prints as inf, as in CPython.
  const x = f.type === '%' ? value * 100 : value;
  let neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const type = f.type;
  const upper = type === 'E' || type === 'F' || type === 'G';
  let body: string;
  let rest = '';
  if (x !== x || abs === Infinity) {
    body = x !== x ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    if (type === '%') rest = '%';
    neg = x === -Infinity;
    return layoutNumber(f, neg, '', body, rest, 3);
  }
  const p = f.precision;
  switch (type) {
    case 'e':
    case 'E':
      body = formatExp(abs, p ?? 6, f.alternate, upper);
      break;
    case 'f':
    case 'F':
      body = formatFixed(abs, p ?? 6, f.alternate);
      break;
    case 'g':
    case 'G':
    case 'n':
      body = formatGeneral(abs, p ?? 6, f.alternate, false, upper);
      break;
    case '%':
      body = formatFixed(abs, p ?? 6, f.alternate) + '%';
      break;
    default:
      body = p === undefined ? formatRepr(abs, f.alternate) : formatGeneral(abs, p, f.alternate, true);
  }
  if (neg && f.zeroCoerce && /^[0.]*(?:$|[eE%])/.test(body)) neg = false;
  // Split into the integer digits (grouped) and the rest (fraction, exponent, percent sign).
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return layoutNumber(f, neg, '', m[1]!, m[2]! + rest, 3);
}
