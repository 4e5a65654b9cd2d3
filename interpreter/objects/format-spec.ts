// The format-spec mini-language: parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
// and laying out a formatted number or string (sign, prefix, grouping, fill, alignment) as CPython does.

import { cpLength } from './code-points.ts';
import { ValueError, pyError } from './exceptions.ts';

export interface FormatSpec {
  fill: string;
  /** undefined when not given; each formatter applies its own default. */
  align: '<' | '>' | '=' | '^' | undefined;
  sign: '+' | '-' | ' ' | undefined;
  zeroCoerce: boolean;
  alternate: boolean;
  /** The `0` flag was given without an explicit fill. */
  zeroPad: boolean;
  width: number;
  grouping: ',' | '_' | undefined;
  precision: number | undefined;
  type: string;
}

const ALIGNS = '<>=^';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function parseSpec(spec: string, typeName: string, defaultType = ''): FormatSpec {
  const out: FormatSpec = {
    fill: ' ',
    align: undefined,
    sign: undefined,
    zeroCoerce: false,
    alternate: false,
    zeroPad: false,
    width: -1,
    grouping: undefined,
    precision: undefined,
    type: '',
  };
  // Iterate by code point so an astral fill character works.
  const chars = Array.from(spec);
  let i = 0;
  let fillGiven = false;
  if (chars.length >= 2 && ALIGNS.includes(chars[1]!)) {
    out.fill = chars[0]!;
    out.align = chars[1] as FormatSpec['align'];
    fillGiven = true;
    i = 2;
  } else if (chars.length >= 1 && ALIGNS.includes(chars[0]!)) {
    out.align = chars[0] as FormatSpec['align'];
    i = 1;
  }
  const c = chars[i];
  if (c === '+' || c === '-' || c === ' ') {
    out.sign = c;
    i++;
  }
  if (chars[i] === 'z') {
    out.zeroCoerce = true;
    i++;
  }
  if (chars[i] === '#') {
    out.alternate = true;
    i++;
  }
  if (chars[i] === '0' && !fillGiven) {
    out.zeroPad = true;
    out.fill = '0';
    i++;
  }
  let start = i;
  while (isDigit(chars[i])) i++;
  if (i > start) out.width = Number(chars.slice(start, i).join(''));
  if (chars[i] === ',' || chars[i] === '_') {
    out.grouping = chars[i] as ',' | '_';
    i++;
    if (chars[i] === ',' || chars[i] === '_') {
      if (chars[i] === out.grouping)
        throw pyError(ValueError, `Cannot specify '${out.grouping}' with '${out.grouping}'.`);
      throw pyError(ValueError, "Cannot specify both ',' and '_'.");
    }
  }
  if (chars[i] === '.') {
    i++;
    start = i;
    while (isDigit(chars[i])) i++;
    if (i === start) throw pyError(ValueError, 'Format specifier missing precision');
    out.precision = Number(chars.slice(start, i).join(''));
  }
  if (chars.length - i > 1) {
    throw pyError(ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (i < chars.length) out.type = chars[i]!;
  const effective = out.type || defaultType;
  if (out.grouping !== undefined && effective !== '') {
    const ok = out.grouping === ',' ? 'deEfFgG%' : 'deEfFgG%bxXo';
    if (!ok.includes(effective))
      throw pyError(ValueError, `Cannot specify '${out.grouping}' with '${effective}'.`);
  }
  return out;
}

/** Pads `body` to the spec's width. `splitAt` is where '=' alignment inserts the fill (after sign/prefix). */
export function pad(body: string, spec: FormatSpec, defaultAlign: '<' | '>', splitAt = 0): string {
  const len = cpLength(body);
  if (spec.width <= len) return body;
  const n = spec.width - len;
  const align = spec.align ?? (spec.zeroPad && defaultAlign === '>' ? '=' : defaultAlign);
  const fill = spec.fill;
  switch (align) {
    case '<':
      return body + fill.repeat(n);
    case '>':
      return fill.repeat(n) + body;
    case '^': {
      const left = n >> 1;
      return fill.repeat(left) + body + fill.repeat(n - left);
    }
    case '=':
      return body.slice(0, splitAt) + fill.repeat(n) + body.slice(splitAt);
  }
}

/** Inserts separators every `size` digits from the right, zero-filling up to `minWidth` like CPython. */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  const groups: string[] = [];
  let remaining = digits.length;
  let end = digits.length;
  let width = minWidth;
  for (;;) {
    const l = Math.min(Math.max(remaining, width, 1), size);
    const take = Math.max(0, Math.min(remaining, l));
    const zeros = l - take;
    groups.push('0'.repeat(zeros) + digits.slice(end - take, end));
    end -= take;
    remaining -= take;
    width -= l;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return groups.reverse().join(sep);
}

/**
 * Lays out a number: sign, prefix (`0x`), integer digits (grouped), and the rest (fraction, exponent, `%`).
 * Zero padding through the `=` alignment with fill `0` extends the grouped digits, as CPython does.
 */
export function layoutNumber(
  spec: FormatSpec,
  negative: boolean,
  prefix: string,
  intDigits: string,
  rest: string,
  groupSize: number,
): string {
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const align = spec.align ?? (spec.zeroPad ? '=' : '>');
  const zeroFill = align === '=' && spec.fill === '0' && spec.width > 0;
  let digits: string;
  if (zeroFill) {
    const minWidth = spec.width - sign.length - prefix.length - rest.length;
    digits = spec.grouping
      ? groupDigits(intDigits, spec.grouping, groupSize, minWidth)
      : intDigits.padStart(minWidth, '0');
  } else {
    digits = spec.grouping ? groupDigits(intDigits, spec.grouping, groupSize, 0) : intDigits;
  }
  const body = sign + prefix + digits + rest;
  return pad(body, { ...spec, align }, '>', sign.length + prefix.length);
}
