// itertools: product, permutations, combinations, combinations_with_replacement (lexicographic order over
// positions, as the documentation's reference implementations define), plus groupby and tee.

import { pyEq } from '../../objects/equality.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { getIterator, installIteratorMethods, toArray } from '../../objects/iteration.ts';
import { callValue } from '../../objects/runtime.ts';
import { asIndex } from '../../objects/subscript.ts';
import type { PyType } from '../../objects/type.ts';
import { PyIterator, PyTuple, type PyValue } from '../../objects/values.ts';
import { bindArgs, keywordOnly } from '../../builtins/args.ts';
import { noKwargs } from '../../builtins/define.ts';
import { makeClass, makeNativeClass } from '../module.ts';

function rArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  const i = asIndex(v);
  if (i === undefined) throw pyError(TypeError, 'Expected int as r');
  if (i < 0n) throw pyError(ValueError, 'r must be non-negative');
  return Number(i);
}

function pick(pool: readonly PyValue[], indices: readonly number[], r = indices.length): PyTuple {
  const out: PyValue[] = new Array(r);
  for (let i = 0; i < r; i++) out[i] = pool[indices[i]!]!;
  return new PyTuple(out);
}

export const productType: PyType = makeNativeClass('product', 'itertools', (args, kwargs) => {
  const repeatArg = keywordOnly('product', kwargs, ['repeat']).get('repeat');
  let repeat = 1;
  if (repeatArg !== undefined) {
    const i = asIndex(repeatArg);
    if (i === undefined) throw pyError(TypeError, 'integer argument expected');
    if (i < 0n) throw pyError(ValueError, 'repeat argument cannot be negative');
    repeat = Number(i);
  }
  const base = args.slice(1).map(toArray);
  const pools: PyValue[][] = [];
  for (let k = 0; k < repeat; k++) pools.push(...base);
  const idx = pools.map(() => 0);
  let done = pools.some((p) => p.length === 0);
  let first = true;
  return new PyIterator(productType, () => {
    if (done) return undefined;
    if (first) first = false;
    else {
      let k = pools.length - 1;
      while (k >= 0 && idx[k] === pools[k]!.length - 1) idx[k--] = 0;
      if (k < 0) {
        done = true;
        return undefined;
      }
      idx[k]!++;
    }
    return new PyTuple(idx.map((i, k) => pools[k]![i]!));
  });
});

export const permutationsType: PyType = makeNativeClass('permutations', 'itertools', (args, kwargs) => {
  const [iterable, rv] = bindArgs('permutations', args.slice(1), kwargs, ['iterable', 'r'], 1);
  const pool = toArray(iterable!);
  const n = pool.length;
  const r = rArg(rv, n);
  const indices = pool.map((_, i) => i);
  const cycles: number[] = [];
  for (let i = n; i > n - r; i--) cycles.push(i);
  let done = r > n;
  let first = true;
  return new PyIterator(permutationsType, () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return pick(pool, indices, r);
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0]!;
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i]!;
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
        return pick(pool, indices, r);
      }
    }
    done = true;
    return undefined;
  });
});

function combinationsOf(type: () => PyType, withReplacement: boolean) {
  return (args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue => {
    const name = withReplacement ? 'combinations_with_replacement' : 'combinations';
    const [iterable, rv] = bindArgs(name, args.slice(1), kwargs, ['iterable', 'r']);
    const pool = toArray(iterable!);
    const n = pool.length;
    const r = rArg(rv, 0);
    const indices: number[] = [];
    for (let i = 0; i < r; i++) indices.push(withReplacement ? 0 : i);
    let done = withReplacement ? n === 0 && r > 0 : r > n;
    let first = true;
    return new PyIterator(type(), () => {
      if (done) return undefined;
      if (first) {
        first = false;
        return pick(pool, indices);
      }
      let i = r - 1;
      if (withReplacement) {
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) {
          done = true;
          return undefined;
        }
        const v = indices[i]! + 1;
        for (let k = i; k < r; k++) indices[k] = v;
      } else {
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) {
          done = true;
          return undefined;
        }
        indices[i]!++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
      }
      return pick(pool, indices);
    });
  };
}

export const combinationsType: PyType = makeNativeClass(
  'combinations',
  'itertools',
  combinationsOf(() => combinationsType, false),
);
export const combinationsWithReplacementType: PyType = makeNativeClass(
  'combinations_with_replacement',
  'itertools',
  combinationsOf(() => combinationsWithReplacementType, true),
);

const grouperType = makeClass('_grouper', 'itertools', []);
installIteratorMethods(grouperType);

/** groupby's shared state: the current group's key and the one value read ahead, as groupbyobject keeps. */
interface GroupState {
  it: PyIterator;
  keyfunc: PyValue;
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  currgrouper: PyIterator | null;
}

function step(g: GroupState): boolean {
  const v = g.it.next();
  if (v === undefined) return false;
  g.currkey = g.keyfunc === null ? v : callValue(g.keyfunc, [v]);
  g.currvalue = v;
  return true;
}

export const groupbyType: PyType = makeNativeClass('groupby', 'itertools', (args, kwargs) => {
  const [iterable, key] = bindArgs('groupby', args.slice(1), kwargs, ['iterable', 'key'], 1);
  const g: GroupState = {
    it: getIterator(iterable!),
    keyfunc: key ?? null,
    tgtkey: undefined,
    currkey: undefined,
    currvalue: undefined,
    currgrouper: null,
  };
  return new PyIterator(groupbyType, () => {
    g.currgrouper = null;
    for (;;) {
      if (g.currkey === undefined) {
        /* read the first value */
      } else if (g.tgtkey === undefined) break;
      else if (!pyEq(g.tgtkey, g.currkey)) break;
      if (!step(g)) return undefined;
    }
    g.tgtkey = g.currkey;
    const tgt = g.tgtkey!;
    const grouper: PyIterator = new PyIterator(grouperType, () => {
      if (g.currgrouper !== grouper) return undefined;
      if (g.currvalue === undefined && !step(g)) return undefined;
      if (!pyEq(tgt, g.currkey!)) return undefined;
      const v = g.currvalue!;
      g.currvalue = undefined;
      return v;
    });
    g.currgrouper = grouper;
    return new PyTuple([g.currkey!, grouper]);
  });
});

const teeType = makeClass('_tee', 'itertools', []);
installIteratorMethods(teeType);

export function tee(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  noKwargs('tee', kwargs);
  const it = getIterator(args[0]!);
  const n = args.length > 1 ? asIndex(args[1]!) : 2n;
  if (n === undefined)
    throw pyError(TypeError, `'${typeof args[1]}' object cannot be interpreted as an integer`);
  if (n < 0n) throw pyError(ValueError, 'n must be >= 0');
  const buffer: PyValue[] = [];
  let base = 0;
  const positions: number[] = [];
  const outs: PyIterator[] = [];
  for (let k = 0; k < Number(n); k++) {
    positions.push(0);
    outs.push(
      new PyIterator(teeType, () => {
        const pos = positions[k]!;
        if (pos - base >= buffer.length) {
          const v = it.next();
          if (v === undefined) return undefined;
          buffer.push(v);
        }
        const v = buffer[pos - base]!;
        positions[k] = pos + 1;
        // Drop values every copy has read.
        const min = Math.min(...positions);
        while (base < min) {
          buffer.shift();
          base++;
        }
        return v;
      }),
    );
  }
  return new PyTuple(outs);
}
