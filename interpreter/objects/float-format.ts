// Correctly rounded decimal digits of a double (round-half-even on the exact binary value, like CPython's
// dtoa), for the 'e', 'f', 'g' and '' presentation types of format() and %-formatting.

import { decompose } from './bits.ts';
import { exponentSuffix, shortestDigits } from './float-repr.ts';

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[n]!;
}

/** round-half-even(|x| * 10**scale) as a bigint, exactly; x finite. */
function scaledRound(x: number, scale: number): bigint {
  if (x === 0) return 0n;
  const { mantissa, exp } = decompose(x)!;
  let num = mantissa;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Digits of |x| rounded to `precision` places after the point: integer part and fraction. */
export function fixedParts(x: number, precision: number): { intPart: string; frac: string } {
  x = Math.abs(x);
  // toFixed rounds the exact binary value correctly except on exact ties, where it rounds half up instead
  // of half to even. A true tie survives the multiplication below exactly, so only those (and the rare
  // value that rounds onto a tie) take the exact path.
  if (x < 1e21 && precision <= 22) {
    const t = x * 10 ** precision;
    if (!(Number.isInteger(t * 2) && !Number.isInteger(t))) {
      const s = x.toFixed(precision);
      const dot = s.indexOf('.');
      return dot < 0 ? { intPart: s, frac: '' } : { intPart: s.slice(0, dot), frac: s.slice(dot + 1) };
    }
  }
  const n = scaledRound(x, precision).toString();
  if (precision === 0) return { intPart: n, frac: '' };
  const padded = n.padStart(precision + 1, '0');
  return { intPart: padded.slice(0, -precision), frac: padded.slice(-precision) };
}

/** `n` significant digits of |x| (x nonzero, finite) and the decimal exponent of the first one. */
export function significantDigits(x: number, n: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(n), exp: 0 };
  let k = Math.floor(Math.log10(Math.abs(x)));
  for (let attempt = 0; attempt < 3; attempt++) {
    const q = scaledRound(x, n - 1 - k);
    if (q >= pow10(n)) {
      k++;
      continue;
    }
    if (q < pow10(n - 1)) {
      k--;
      continue;
    }
    return { digits: q.toString(), exp: k };
  }
  const q = scaledRound(x, n - 1 - k);
  return { digits: q.toString().slice(0, n), exp: k };
}

/** 'e' format body of |x| (no sign): `d.ddde+XX`. */
export function formatExp(x: number, precision: number, alternate: boolean, upper = false): string {
  const { digits, exp } =
    x === 0 ? { digits: '0'.repeat(precision + 1), exp: 0 } : significantDigits(x, precision + 1);
  const mant = digits[0] + (precision > 0 || alternate ? '.' : '') + digits.slice(1);
  const s = mant + exponentSuffix(exp);
  return upper ? s.toUpperCase() : s;
}

/** 'f' format body of |x|. */
export function formatFixed(x: number, precision: number, alternate: boolean): string {
  const { intPart, frac } = fixedParts(x, precision);
  return precision > 0 ? intPart + '.' + frac : intPart + (alternate ? '.' : '');
}

/**
 * 'g' format body of |x| (and the '' type with a precision when `addDot0`): `precision` significant
 * digits, scientific when the exponent is < -4 or too large, trailing zeros removed unless alternate.
 */
export function formatGeneral(
  x: number,
  precision: number,
  alternate: boolean,
  addDot0: boolean,
  upper = false,
): string {
  const p = precision === 0 ? 1 : precision;
  const sig = x === 0 ? { digits: '0'.repeat(p), exp: 0 } : significantDigits(x, p);
  const exp = sig.exp;
  let digits = sig.digits;
  const decpt = exp + 1;
  const useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
  if (!alternate) digits = digits.replace(/0+$/, '') || '0';
  let s: string;
  if (useExp) {
    const tail = digits.length > 1 ? '.' + digits.slice(1) : alternate ? '.' : '';
    s = digits[0] + tail + exponentSuffix(x === 0 ? 0 : exp);
  } else {
    s = layout(digits, decpt, alternate ? p : 0);
    if (addDot0 && !s.includes('.')) s += '.0';
  }
  return upper ? s.toUpperCase() : s;
}

/** Positional layout with at least `minDigits` significant digits (alternate 'g' keeps trailing zeros). */
function layout(digits: string, decpt: number, minDigits: number): string {
  if (digits.length < minDigits) digits = digits.padEnd(minDigits, '0');
  if (decpt <= 0) return '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) {
    const s = digits + '0'.repeat(decpt - digits.length);
    return minDigits > 0 ? s + '.' : s;
  }
  return digits.slice(0, decpt) + '.' + digits.slice(decpt);
}

/** The '' type without precision: repr's digits, always with a '.' or exponent. */
export function formatRepr(x: number, alternate = false): string {
  const { digits, exp } = shortestDigits(Math.abs(x));
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const dot = digits.length > 1 ? '.' + digits.slice(1) : alternate ? '.' : '';
    return digits[0] + dot + exponentSuffix(exp);
  }
  const s = layout(digits, decpt, 0);
  return s.includes('.') ? s : s + '.0';
}
