// getstate()/setstate(): CPython's version-3 state tuple `(3, (624 words..., index), gauss_next)`, so a
// saved state replays the same stream. Version 2 tuples (Python 2.x) are reduced mod 2**32 as random.py does.

import { typeOf } from '../../objects/builtin-types.ts';
import { OverflowError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { toArray } from '../../objects/iteration.ts';
import { str } from '../../objects/repr.ts';
import { getItem } from '../../objects/subscript.ts';
import { PyTuple, type PyValue } from '../../objects/values.ts';
import type { PyRandom } from './generator.ts';

const WORDS = 624;
const VERSION = 3n;

export function getState(r: PyRandom): PyTuple {
  const internal: PyValue[] = Array.from(r.mt.words, (w) => BigInt(w));
  internal.push(BigInt(r.mt.index));
  return new PyTuple([VERSION, new PyTuple(internal), r.gaussNext]);
}

function unpackThree(state: PyValue): PyValue[] {
  const items = toArray(state);
  if (items.length > 3) throw pyError(ValueError, 'too many values to unpack (expected 3)');
  if (items.length < 3)
    throw pyError(ValueError, `not enough values to unpack (expected 3, got ${items.length})`);
  return items;
}

function gaussValue(v: PyValue): number | null {
  if (v === null || typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  throw pyError(TypeError, `must be real number, not ${typeOf(v).name}`);
}

/** The C-level part: a 625-tuple of unsigned ints, the last an index in [0, 624]. */
function setInternal(r: PyRandom, internal: PyValue, reduce: boolean): void {
  if (!(internal instanceof PyTuple)) throw pyError(TypeError, 'state vector must be a tuple');
  if (internal.items.length !== WORDS + 1) throw pyError(ValueError, 'state vector is the wrong size');
  const words = internal.items.map((v) => {
    if (typeof v !== 'bigint' && typeof v !== 'boolean') {
      throw pyError(TypeError, `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    }
    let n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
    if (reduce) n = ((n % 2n ** 32n) + 2n ** 32n) % 2n ** 32n;
    if (n < 0n) throw pyError(OverflowError, "can't convert negative int to unsigned");
    return n;
  });
  const index = words[WORDS]!;
  if (index > BigInt(WORDS)) throw pyError(ValueError, 'invalid state');
  for (let i = 0; i < WORDS; i++) r.mt.words[i] = Number(words[i]! & 0xffffffffn);
  r.mt.index = Number(index);
}

export function setState(r: PyRandom, state: PyValue): void {
  const version = getItem(state, 0n);
  if (version === 3n || version === 2n) {
    const [, internal, gaussNext] = unpackThree(state);
    setInternal(r, internal!, version === 2n);
    r.gaussNext = gaussValue(gaussNext!);
    return;
  }
  throw pyError(ValueError, `state with version ${str(version)} passed to Random.setstate() of version 3`);
}
