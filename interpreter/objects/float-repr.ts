// CPython's float repr: the shortest digit string that round-trips (JS finds the same digits), laid out in
// positional notation for decimal exponents -4..15 and in scientific notation (`1e+16`, `1.5e-07`) otherwise.

/** Shortest round-trip digits of a finite, positive `x` and the decimal exponent of its first digit. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const s = x.toExponential();
  const e = s.indexOf('e');
  const mantissa = s.slice(0, e);
  const digits = mantissa.length === 1 ? mantissa : mantissa[0] + mantissa.slice(2);
  return { digits, exp: Number(s.slice(e + 1)) };
}

/** Formats the exponent as CPython does: sign always, at least two digits. */
export function exponentSuffix(exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
}

export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // Integers below 2**53 print the same in JS apart from the missing `.0`.
  if (Number.isInteger(x) && x < 1e16 && x > -1e16) return String(x) + '.0';
  const neg = x < 0;
  const { digits, exp } = shortestDigits(neg ? -x : x);
  return (neg ? '-' : '') + layoutRepr(digits, exp);
}

/** Lays out digits with the first digit at decimal exponent `exp`, choosing notation like repr. */
export function layoutRepr(digits: string, exp: number): string {
  if (exp < -4 || exp >= 16) {
    const tail = digits.length > 1 ? '.' + digits.slice(1) : '';
    return digits[0] + tail + exponentSuffix(exp);
  }
  return positional(digits, exp, true);
}

/** Positional layout; `dotZero` appends `.0` to integral results. */
export function positional(digits: string, exp: number, dotZero: boolean): string {
  const point = exp + 1;
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length) + (dotZero ? '.0' : '');
  return digits.slice(0, point) + '.' + digits.slice(point);
}
