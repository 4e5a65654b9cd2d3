// Integer draws: getrandbits, randrange, randint and randbytes, with random.py 3.11's argument checks and
// messages (non-integral floats are rejected with ValueError, integral ones still accepted).

import { intType } from '../../objects/builtin-types.ts';
import { binaryOp } from '../../objects/arithmetic.ts';
import { pyNe } from '../../objects/equality.ts';
import { OverflowError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { callValue } from '../../objects/runtime.ts';
import { asIndex, requireIndex } from '../../objects/subscript.ts';
import { PyBytes, type PyValue } from '../../objects/values.ts';
import type { Source } from './generator.ts';

/** Largest bit count CPython's getrandbits accepts (it converts k to a C int). */
const MAX_BITS = 2n ** 31n - 1n;

export function randomBits(src: Source, kArg: PyValue): bigint {
  const k = requireIndex(kArg);
  if (k < 0n) throw pyError(ValueError, 'number of bits must be non-negative');
  if (k > MAX_BITS) throw pyError(OverflowError, 'Python int too large to convert to C int');
  return src.getrandbits(Number(k));
}

/** random.py's conversion of a randrange argument: an index, or an int-valued number via int(). */
function rangeArg(v: PyValue, what: string): bigint {
  const i = asIndex(v);
  if (i !== undefined) return i;
  const converted = callValue(intType, [v]) as bigint;
  if (pyNe(converted, v)) throw pyError(ValueError, `non-integer ${what} for randrange()`);
  return converted;
}

/** randrange(start, stop=None, step=1); `step` undefined means it was not passed. */
export function randrange(src: Source, start: PyValue, stop: PyValue, step: PyValue | undefined): bigint {
  const istart = rangeArg(start, 'arg 1');
  if (stop === null) {
    // random.py tests `step is not _ONE`, and the small int 1 is a shared object, so an explicit 1 passes.
    if (step !== undefined && step !== 1n) throw pyError(TypeError, 'Missing a non-None stop argument');
    if (istart > 0n) return src.below(istart);
    throw pyError(ValueError, 'empty range for randrange()');
  }
  const istop = rangeArg(stop, 'stop');
  const width = istop - istart;
  const istep = step === undefined ? 1n : rangeArg(step, 'step');
  if (istep === 1n) {
    if (width > 0n) return istart + src.below(width);
    throw pyError(ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else throw pyError(ValueError, 'zero step for randrange()');
  if (n <= 0n) throw pyError(ValueError, 'empty range for randrange()');
  return istart + istep * src.below(n);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function randint(src: Source, a: PyValue, b: PyValue): bigint {
  return randrange(src, a, binaryOp('+', b, 1n), undefined);
}

export function randbytes(src: Source, nArg: PyValue): PyBytes {
  const n = requireIndex(nArg);
  const bits = randomBits(src, n * 8n);
  const out = new Uint8Array(Number(n));
  let rest = bits;
  for (let i = 0; i < out.length; i++, rest >>= 8n) out[i] = Number(rest & 0xffn);
  return new PyBytes(out);
}
