// Drawing from sequences: choice, choices, shuffle and sample, each consuming the generator exactly as
// random.py 3.11 does (same primitive, same number of calls, same order), so results match item for item.

import { listType, typeOf } from '../../objects/builtin-types.ts';
import { binaryOp } from '../../objects/arithmetic.ts';
import { compareBool, pyLt } from '../../objects/compare.ts';
import { IndexError, PyError, TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { toArray } from '../../objects/iteration.ts';
import { repr } from '../../objects/repr.ts';
import { asIndex, getItem, pyLen, requireIndex, setItem } from '../../objects/subscript.ts';
import { PyBytes, PyList, PyNaN, PyRange, PyTuple, type PyValue } from '../../objects/values.ts';
import { PyByteArray } from '../../builtins/bytearray.ts';
import { PyDeque } from '../collections/deque.ts';
import type { Source } from './generator.ts';

/** len(seq) as an exact int: ranges can be longer than a float counts exactly. */
function lengthOf(seq: PyValue): bigint {
  return seq instanceof PyRange ? seq.length : BigInt(pyLen(seq));
}

export function choice(src: Source, seq: PyValue): PyValue {
  const n = lengthOf(seq);
  if (n === 0n) throw pyError(IndexError, 'Cannot choose from an empty sequence');
  return getItem(seq, src.below(n));
}

/** Fisher-Yates from the end, swapping through the sequence protocol unless it is a plain list. */
export function shuffle(src: Source, x: PyValue): void {
  if (x instanceof PyList && typeOf(x) === listType) {
    const items = x.items;
    for (let i = items.length - 1; i >= 1; i--) {
      const j = Number(src.below(BigInt(i + 1)));
      const t = items[i]!;
      items[i] = items[j]!;
      items[j] = t;
    }
    return;
  }
  for (let i = pyLen(x) - 1; i >= 1; i--) {
    const j = src.below(BigInt(i + 1));
    const atJ = getItem(x, j);
    const atI = getItem(x, BigInt(i));
    setItem(x, BigInt(i), atJ);
    setItem(x, j, atI);
  }
}

function accumulate(values: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (const v of toArray(values)) out.push(out.length === 0 ? v : binaryOp('+', out[out.length - 1]!, v));
  return out;
}

/** bisect_right over `a[lo:hi]`. */
function bisectRight(a: readonly PyValue[], x: PyValue, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pyLt(x, a[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function repeatCount(k: PyValue): number {
  const n = requireIndex(k);
  return n < 0n ? 0 : Number(n);
}

export function choices(
  src: Source,
  population: PyValue,
  weights: PyValue,
  cumWeightsArg: PyValue,
  k: PyValue,
): PyList {
  const n = pyLen(population);
  const out: PyValue[] = [];
  if (cumWeightsArg === null && weights === null) {
    const count = repeatCount(k);
    for (let i = 0; i < count; i++) out.push(getItem(population, BigInt(Math.floor(src.random() * n))));
    return new PyList(out);
  }
  let cumWeights: PyValue[];
  if (cumWeightsArg === null) {
    try {
      cumWeights = accumulate(weights);
    } catch (e) {
      const countGivenAsWeights = typeof weights === 'bigint' || typeof weights === 'boolean';
      if (!(e instanceof PyError && e.exc.cls.isSubtypeOf(TypeError)) || !countGivenAsWeights) throw e;
      throw pyError(TypeError, `The number of choices must be a keyword argument: k=${repr(weights)}`);
    }
  } else if (weights !== null) {
    throw pyError(TypeError, 'Cannot specify both weights and cumulative weights');
  } else {
    cumWeights = toArray(cumWeightsArg);
  }
  if (cumWeights.length !== n)
    throw pyError(ValueError, 'The number of weights does not match the population');
  const last = cumWeightsArg === null ? new PyList(cumWeights) : cumWeightsArg;
  const total = binaryOp('+', getItem(last, -1n), 0.0);
  if (compareBool('<=', total, 0.0)) throw pyError(ValueError, 'Total of weights must be greater than zero');
  if (total instanceof PyNaN || (typeof total === 'number' && !Number.isFinite(total))) {
    throw pyError(ValueError, 'Total of weights must be finite');
  }
  const count = repeatCount(k);
  for (let i = 0; i < count; i++) {
    const x = binaryOp('*', src.random(), total);
    out.push(getItem(population, BigInt(bisectRight(cumWeights, x, n - 1))));
  }
  return new PyList(out);
}

function isSequence(v: PyValue): boolean {
  return (
    typeof v === 'string' ||
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyRange ||
    v instanceof PyBytes ||
    v instanceof PyByteArray ||
    v instanceof PyDeque
  );
}

/** random.py's size of the pool below which copying the population beats tracking picks in a set. */
function setSize(k: number): number {
  let size = 21;
  if (k > 5) size += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  return size;
}

export function sample(src: Source, population: PyValue, k: PyValue, counts: PyValue): PyList {
  if (!isSequence(population)) {
    throw pyError(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = lengthOf(population);
  if (counts !== null) return sampleCounted(src, population, Number(n), k, counts);
  if (!(compareBool('<=', 0n, k) && compareBool('<=', k, n))) {
    throw pyError(ValueError, 'Sample larger than population or is negative');
  }
  const kk = asIndex(k);
  if (kk === undefined)
    throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeOf(k).name}'`);
  const count = Number(kk);
  const result: PyValue[] = new Array<PyValue>(count).fill(null);
  if (n <= BigInt(setSize(count))) {
    const pool = toArray(population);
    const size = pool.length;
    for (let i = 0; i < count; i++) {
      const j = Number(src.below(BigInt(size - i)));
      result[i] = pool[j]!;
      pool[j] = pool[size - i - 1]!;
    }
  } else {
    const selected = new Set<bigint>();
    for (let i = 0; i < count; i++) {
      let j = src.below(n);
      while (selected.has(j)) j = src.below(n);
      selected.add(j);
      result[i] = getItem(population, j);
    }
  }
  return new PyList(result);
}

/** sample(..., counts=...): samples positions in the expanded population, then maps them back. */
function sampleCounted(src: Source, population: PyValue, n: number, k: PyValue, counts: PyValue): PyList {
  const cumCounts = accumulate(counts);
  if (cumCounts.length !== n) throw pyError(ValueError, 'The number of counts does not match the population');
  const total = cumCounts.pop();
  if (total === undefined) throw pyError(IndexError, 'pop from empty list');
  if (typeof total !== 'bigint' && typeof total !== 'boolean')
    throw pyError(TypeError, 'Counts must be integers');
  const size = typeof total === 'boolean' ? (total ? 1n : 0n) : total;
  if (size <= 0n) throw pyError(ValueError, 'Total of counts must be greater than zero');
  const selections = sample(src, new PyRange(0n, size, 1n), k, null);
  return new PyList(
    selections.items.map((s) => getItem(population, BigInt(bisectRight(cumCounts, s, n - 1)))),
  );
}
