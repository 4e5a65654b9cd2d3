// itertools: the infinite and filtering iterators (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, islice, starmap, zip_longest, pairwise).

import { binaryOp } from '../../objects/arithmetic.ts';
import { typeOf } from '../../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { getIterator, toArray } from '../../objects/iteration.ts';
import { repr } from '../../objects/repr.ts';
import { callValue } from '../../objects/runtime.ts';
import { asIndex } from '../../objects/subscript.ts';
import { truthy } from '../../objects/truth.ts';
import type { PyType } from '../../objects/type.ts';
import {
  PyClassMethod,
  PyIterator,
  PyNaN,
  PyObject,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../objects/values.ts';
import { bindArgs, keywordOnly } from '../../builtins/args.ts';
import { nativeFunction, noKwargs } from '../../builtins/define.ts';
import { makeNativeClass } from '../module.ts';

/** count() and repeat() keep their state visible for their reprs. */
class CountIterator extends PyIterator {
  constructor(
    type: PyType,
    public current: PyValue,
    public readonly step: PyValue,
  ) {
    super(type, () => {
      const v = this.current;
      this.current = binaryOp('+', v, this.step);
      return v;
    });
  }
}

class RepeatIterator extends PyIterator {
  constructor(
    type: PyType,
    public readonly value: PyValue,
    public remaining: bigint | null,
  ) {
    super(type, () => {
      if (this.remaining === null) return this.value;
      if (this.remaining <= 0n) return undefined;
      this.remaining--;
      return this.value;
    });
  }
}

function isNumber(v: PyValue): boolean {
  return (
    typeof v === 'bigint' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    v instanceof PyNaN ||
    (v instanceof PyObject && v.pyType().lookup('__add__') !== undefined)
  );
}

export const countType: PyType = makeNativeClass(
  'count',
  'itertools',
  (args, kwargs) => {
    const [start, step] = bindArgs('count', args.slice(1), kwargs, ['start', 'step'], 0);
    const s = start ?? 0n;
    const st = step ?? 1n;
    if (!isNumber(s) || !isNumber(st)) throw pyError(TypeError, 'a number is required');
    return new CountIterator(countType, s, st);
  },
  {
    __repr__: (args) => {
      const c = args[0] as CountIterator;
      const stepIsOne = typeof c.step === 'bigint' && c.step === 1n;
      return stepIsOne ? `count(${repr(c.current)})` : `count(${repr(c.current)}, ${repr(c.step)})`;
    },
  },
);

export const repeatType: PyType = makeNativeClass(
  'repeat',
  'itertools',
  (args, kwargs) => {
    const [value, times] = bindArgs('repeat', args.slice(1), kwargs, ['object', 'times'], 1);
    let n: bigint | null = null;
    if (times !== undefined) {
      const i = asIndex(times);
      if (i === undefined)
        throw pyError(TypeError, `'${typeOf(times).name}' object cannot be interpreted as an integer`);
      n = i < 0n ? 0n : i;
    }
    return new RepeatIterator(repeatType, value!, n);
  },
  {
    __repr__: (args) => {
      const r = args[0] as RepeatIterator;
      return r.remaining === null ? `repeat(${repr(r.value)})` : `repeat(${repr(r.value)}, ${r.remaining})`;
    },
    __length_hint__: (args) => (args[0] as RepeatIterator).remaining ?? 0n,
  },
);

export const cycleType: PyType = makeNativeClass('cycle', 'itertools', (args, kwargs) => {
  noKwargs('cycle', kwargs);
  const it = getIterator(args[1]!);
  const saved: PyValue[] = [];
  let exhausted = false;
  let i = 0;
  return new PyIterator(cycleType, () => {
    if (!exhausted) {
      const v = it.next();
      if (v !== undefined) {
        saved.push(v);
        return v;
      }
      exhausted = true;
    }
    if (saved.length === 0) return undefined;
    const v = saved[i]!;
    i = (i + 1) % saved.length;
    return v;
  });
});

export const accumulateType: PyType = makeNativeClass('accumulate', 'itertools', (args, kwargs) => {
  const [iterable, func] = bindArgs(
    'accumulate',
    args.slice(1),
    kwargs ? withoutKey(kwargs, 'initial') : null,
    ['iterable', 'func'],
    1,
  );
  const initial = kwargs?.get('initial') ?? null;
  const it = getIterator(iterable!);
  const fn = func ?? null;
  let total: PyValue | undefined = initial === null ? undefined : initial;
  let pendingInitial = initial !== null;
  return new PyIterator(accumulateType, () => {
    if (pendingInitial) {
      pendingInitial = false;
      return total;
    }
    const v = it.next();
    if (v === undefined) return undefined;
    total = total === undefined ? v : fn === null ? binaryOp('+', total, v) : callValue(fn, [total, v]);
    return total;
  });
});

function withoutKey(kwargs: Kwargs, key: string): Kwargs {
  const out = new Map(kwargs);
  out.delete(key);
  return out;
}

function chainOf(sources: PyIterator): PyIterator {
  let current: PyIterator | null = null;
  return new PyIterator(chainType, () => {
    for (;;) {
      if (current === null) {
        const src = sources.next();
        if (src === undefined) return undefined;
        current = getIterator(src);
      }
      const v = current.next();
      if (v !== undefined) return v;
      current = null;
    }
  });
}

export const chainType: PyType = makeNativeClass('chain', 'itertools', (args, kwargs) => {
  noKwargs('chain', kwargs);
  return chainOf(getIterator(new PyTuple(args.slice(1))));
});
chainType.dict.set(
  'from_iterable',
  new PyClassMethod(nativeFunction('from_iterable', (args) => chainOf(getIterator(args[1]!)))),
);

export const compressType: PyType = makeNativeClass('compress', 'itertools', (args, kwargs) => {
  const [data, selectors] = bindArgs('compress', args.slice(1), kwargs, ['data', 'selectors']);
  const d = getIterator(data!);
  const s = getIterator(selectors!);
  return new PyIterator(compressType, () => {
    for (;;) {
      const v = d.next();
      if (v === undefined) return undefined;
      const sel = s.next();
      if (sel === undefined) return undefined;
      if (truthy(sel)) return v;
    }
  });
});

function predicateIterator(
  name: string,
  make: (pred: PyValue, it: PyIterator) => () => PyValue | undefined,
): PyType {
  const t: PyType = makeNativeClass(name, 'itertools', (args, kwargs) => {
    noKwargs(name, kwargs);
    if (args.length !== 3) throw pyError(TypeError, `${name} expected 2 arguments, got ${args.length - 1}`);
    return new PyIterator(t, make(args[1]!, getIterator(args[2]!)));
  });
  return t;
}

export const dropwhileType = predicateIterator('dropwhile', (pred, it) => {
  let dropping = true;
  return () => {
    for (;;) {
      const v = it.next();
      if (v === undefined) return undefined;
      if (!dropping) return v;
      if (!truthy(callValue(pred, [v]))) {
        dropping = false;
        return v;
      }
    }
  };
});

export const takewhileType = predicateIterator('takewhile', (pred, it) => {
  let done = false;
  return () => {
    if (done) return undefined;
    const v = it.next();
    if (v === undefined) return undefined;
    if (truthy(callValue(pred, [v]))) return v;
    done = true;
    return undefined;
  };
});

export const filterfalseType = predicateIterator('filterfalse', (pred, it) => () => {
  for (;;) {
    const v = it.next();
    if (v === undefined) return undefined;
    if (!truthy(pred === null ? v : callValue(pred, [v]))) return v;
  }
});

export const starmapType = predicateIterator('starmap', (fn, it) => () => {
  const v = it.next();
  return v === undefined ? undefined : callValue(fn, toArray(v));
});

const MAXSIZE = 0x7fffffffffffffffn;

function isliceArg(v: PyValue, message: string): bigint | null {
  if (v === null) return null;
  const i = asIndex(v);
  if (i === undefined || i < 0n || i > MAXSIZE) throw pyError(ValueError, message);
  return i;
}

export const isliceType: PyType = makeNativeClass('islice', 'itertools', (args, kwargs) => {
  noKwargs('islice', kwargs);
  const n = args.length - 1;
  if (n < 2 || n > 4)
    throw pyError(TypeError, `islice expected ${n < 2 ? 'at least 2' : 'at most 4'} arguments, got ${n}`);
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  let start = 0n;
  let stop: bigint | null;
  let step = 1n;
  if (n === 2) stop = isliceArg(args[2]!, stopMsg);
  else {
    start = isliceArg(args[2]!, idxMsg) ?? 0n;
    stop = isliceArg(args[3]!, stopMsg);
    if (n === 4) {
      const s = args[4]!;
      if (s !== null) {
        const i = asIndex(s);
        if (i === undefined || i <= 0n)
          throw pyError(ValueError, 'Step for islice() must be a positive integer or None.');
        step = i;
      }
    }
  }
  const it = getIterator(args[1]!);
  // Mirrors islice_next: skip up to `next`, never read past `stop`.
  let cnt = 0n;
  let next = start;
  let done = false;
  return new PyIterator(isliceType, () => {
    if (done) return undefined;
    if (stop !== null && cnt >= stop) return undefined;
    while (cnt < next) {
      if (it.next() === undefined) {
        done = true;
        return undefined;
      }
      cnt++;
    }
    if (stop !== null && cnt >= stop) return undefined;
    const v = it.next();
    if (v === undefined) {
      done = true;
      return undefined;
    }
    cnt++;
    const old = next;
    next += step;
    if (next < old || (stop !== null && next > stop)) next = stop ?? next;
    return v;
  });
});

export const zipLongestType: PyType = makeNativeClass('zip_longest', 'itertools', (args, kwargs) => {
  const fill = keywordOnly('zip_longest', kwargs, ['fillvalue']).get('fillvalue') ?? null;
  const its: (PyIterator | null)[] = args.slice(1).map(getIterator);
  let active = its.length;
  return new PyIterator(zipLongestType, () => {
    if (active === 0) return undefined;
    const row: PyValue[] = [];
    for (let k = 0; k < its.length; k++) {
      const it = its[k];
      let v = it === null ? undefined : it.next();
      if (v === undefined) {
        if (it !== null) {
          its[k] = null;
          active--;
          if (active === 0) return undefined;
        }
        v = fill;
      }
      row.push(v);
    }
    return new PyTuple(row);
  });
});

export const pairwiseType: PyType = makeNativeClass('pairwise', 'itertools', (args, kwargs) => {
  noKwargs('pairwise', kwargs);
  if (args.length !== 2) throw pyError(TypeError, `pairwise expected 1 argument, got ${args.length - 1}`);
  const it = getIterator(args[1]!);
  let prev: PyValue | undefined;
  let started = false;
  return new PyIterator(pairwiseType, () => {
    if (!started) {
      started = true;
      prev = it.next();
      if (prev === undefined) return undefined;
    }
    if (prev === undefined) return undefined;
    const v = it.next();
    if (v === undefined) {
      prev = undefined;
      return undefined;
    }
    const pair = new PyTuple([prev, v]);
    prev = v;
    return pair;
  });
});
