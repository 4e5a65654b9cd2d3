// Random instances and the two primitives every method draws from (`random()` and `getrandbits(k)`).
// Instances of `random.Random` itself use the Mersenne Twister directly; a subclass that overrides either
// primitive is called through Python, and `_randbelow` picks its algorithm by which primitive the class
// defines first along its MRO, as random.py's __init_subclass__ does.

import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { callValue, rt } from '../../objects/runtime.ts';
import type { PyType } from '../../objects/type.ts';
import { PyObject, type PyValue } from '../../objects/values.ts';
import { MersenneTwister } from './mt19937.ts';
import { bitLength } from '../../objects/bits.ts';

/** Bits per float: random() has 53 bits of precision. */
export const BPF = 53;

export class PyRandom extends PyObject {
  readonly mt = new MersenneTwister();
  /**
   * Instance attributes, as random.py's Python-level class has them: `gauss_next` and whatever a subclass's
   * __init__ sets.
   */
  readonly dict = new Map<string, PyValue>();
  /** The generator's own primitives, which the native random() and getrandbits() methods use. */
  readonly own: Source;
  constructor(
    public cls: PyType,
    /** random.Random itself, to tell which primitives a subclass overrides. */
    readonly base: PyType,
  ) {
    super();
    this.own = nativeSource(this.mt);
  }
  /** The second value of gauss()'s last Box-Muller pair, returned by the next call. */
  get gaussNext(): number | null {
    const v = this.dict.get('gauss_next');
    return typeof v === 'number' ? v : null;
  }
  set gaussNext(v: number | null) {
    this.dict.set('gauss_next', v);
  }
  pyType(): PyType {
    return this.cls;
  }
}

export function asRandom(self: PyValue): PyRandom {
  if (self instanceof PyRandom) return self;
  throw pyError(TypeError, `descriptor requires a 'Random' object but received a '${typeOf(self).name}'`);
}

/** Where a method gets its randomness from. */
export interface Source {
  random(): number;
  getrandbits(k: number): bigint;
  /** A uniform int in [0, n), for n > 0 (every caller rejects empty ranges first). */
  below(n: bigint): bigint;
}

function belowWithBits(bits: (k: number) => bigint, n: bigint): bigint {
  const k = bitLength(n);
  let r = bits(k);
  while (r >= n) r = bits(k);
  return r;
}

/** For classes that only supply random(): rejection sampling on 53-bit floats. */
function belowWithFloats(random: () => number, n: bigint): bigint {
  const maxSize = 2n ** BigInt(BPF);
  if (n >= maxSize) return BigInt(Math.floor(random() * Number(n)));
  if (n === 0n) throw pyError(ValueError, 'Boundary cannot be zero');
  const limit = Number(maxSize - (maxSize % n)) / Number(maxSize);
  let r = random();
  while (r >= limit) r = random();
  return BigInt(Math.floor(r * Number(maxSize))) % n;
}

function floatResult(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  throw pyError(TypeError, `random() returned a non-float: '${typeOf(v).name}'`);
}

function intResult(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyError(TypeError, `getrandbits() returned a non-int: '${typeOf(v).name}'`);
}

/** belowWithBits for 0 < n < 2**32 in plain numbers: the same words, without BigInt work. */
function belowWord(mt: MersenneTwister, n: number): number {
  const shift = Math.clz32(n);
  let r = mt.nextWord() >>> shift;
  while (r >= n) r = mt.nextWord() >>> shift;
  return r;
}

function nativeSource(mt: MersenneTwister): Source {
  return {
    random: () => mt.nextFloat(),
    getrandbits: (k) => mt.nextBits(k),
    below: (n) =>
      n > 0n && n <= 0xffffffffn ? BigInt(belowWord(mt, Number(n))) : belowWithBits((k) => mt.nextBits(k), n),
  };
}

function dynamicSource(self: PyValue, cls: PyType): Source {
  const random = (): number => floatResult(callValue(rt().getAttr(self, 'random'), []));
  const getrandbits = (k: number): bigint =>
    intResult(callValue(rt().getAttr(self, 'getrandbits'), [BigInt(k)]));
  let below = (n: bigint): bigint => belowWithBits(getrandbits, n);
  for (const c of cls.mro) {
    if (c.dict.has('_randbelow')) {
      below = (n) => intResult(callValue(rt().getAttr(self, '_randbelow'), [n]));
      break;
    }
    if (c.dict.has('getrandbits')) break;
    if (c.dict.has('random')) {
      below = (n) => belowWithFloats(random, n);
      break;
    }
  }
  return { random, getrandbits, below };
}

const PRIMITIVES = ['random', 'getrandbits', '_randbelow'];

/** True when `r`'s class overrides none of the primitives, so Python-level calls can be skipped. */
export function isPlain(r: PyRandom): boolean {
  return r.cls === r.base || PRIMITIVES.every((n) => r.cls.lookup(n) === r.base.dict.get(n));
}

/** The randomness behind `self`. */
export function sourceOf(self: PyValue): Source {
  const r = asRandom(self);
  return isPlain(r) ? r.own : dynamicSource(self, r.cls);
}
