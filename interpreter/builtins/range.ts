// range and slice: constructors, attributes (start/stop/step as read-only properties) and methods.

import { rangeType, sliceType } from '../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { rangeIterator } from '../objects/iteration.ts';
import { contains, normalizeSlice, requireIndex } from '../objects/subscript.ts';
import { pyEq } from '../objects/equality.ts';
import type { PyType } from '../objects/type.ts';
import { PyNaN, PyProperty, PyRange, PySlice, PyTuple, type PyValue } from '../objects/values.ts';
import { defineMethods, nativeFunction, noKwargs } from './define.ts';
import { exactArgs } from './str/args.ts';

function property(owner: PyType, name: string, get: (self: PyValue) => PyValue): void {
  owner.dict.set(name, new PyProperty(nativeFunction(name, (args) => get(args[0]!), owner)));
}

function rangeArg(v: PyValue): bigint {
  if (typeof v === 'number' || v instanceof PyNaN)
    throw pyError(TypeError, "'float' object cannot be interpreted as an integer");
  return requireIndex(v);
}

export function installRangeMethods(): void {
  rangeType.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (args, kwargs) => {
        noKwargs('range', kwargs);
        const n = args.length - 1;
        if (n === 0) throw pyError(TypeError, 'range expected at least 1 argument, got 0');
        if (n > 3) throw pyError(TypeError, `range expected at most 3 arguments, got ${n}`);
        if (n === 1) return new PyRange(0n, rangeArg(args[1]!), 1n);
        const step = n === 3 ? rangeArg(args[3]!) : 1n;
        if (step === 0n) throw pyError(ValueError, 'range() arg 3 must not be zero');
        return new PyRange(rangeArg(args[1]!), rangeArg(args[2]!), step);
      },
      rangeType,
    ),
  );
  property(rangeType, 'start', (r) => (r as PyRange).start);
  property(rangeType, 'stop', (r) => (r as PyRange).stop);
  property(rangeType, 'step', (r) => (r as PyRange).step);
  defineMethods(rangeType, {
    index: (args) => {
      exactArgs('range.index', args, null, 1);
      const r = args[0] as PyRange;
      const x = args[1]!;
      if ((typeof x === 'bigint' || typeof x === 'boolean') && contains(r, x)) {
        return (BigInt(x) - r.start) / r.step;
      }
      if (typeof x !== 'bigint' && typeof x !== 'boolean') {
        let i = 0n;
        const it = rangeIterator(r);
        for (let v = it.next(); v !== undefined; v = it.next(), i++) if (pyEq(v, x)) return i;
      }
      if (typeof x === 'bigint' || typeof x === 'boolean')
        throw pyError(ValueError, `${BigInt(x)} is not in range`);
      throw pyError(ValueError, 'sequence.index(x): x not in sequence');
    },
    count: (args) => {
      exactArgs('range.count', args, null, 1);
      const r = args[0] as PyRange;
      const x = args[1]!;
      if (typeof x === 'bigint' || typeof x === 'boolean') return contains(r, x) ? 1n : 0n;
      let n = 0n;
      const it = rangeIterator(r);
      for (let v = it.next(); v !== undefined; v = it.next()) if (pyEq(v, x)) n++;
      return n;
    },
    __iter__: (args) => rangeIterator(args[0] as PyRange),
    __len__: (args) => (args[0] as PyRange).length,
  });

  sliceType.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (args, kwargs) => {
        noKwargs('slice', kwargs);
        const n = args.length - 1;
        if (n === 0) throw pyError(TypeError, 'slice expected at least 1 argument, got 0');
        if (n > 3) throw pyError(TypeError, `slice expected at most 3 arguments, got ${n}`);
        if (n === 1) return new PySlice(null, args[1]!, null);
        return new PySlice(args[1]!, args[2]!, n === 3 ? args[3]! : null);
      },
      sliceType,
    ),
  );
  sliceType.dict.set('__hash__', null);
  property(sliceType, 'start', (s) => (s as PySlice).start);
  property(sliceType, 'stop', (s) => (s as PySlice).stop);
  property(sliceType, 'step', (s) => (s as PySlice).step);
  defineMethods(sliceType, {
    indices: (args) => {
      const len = requireIndex(args[1]!);
      if (len < 0n) throw pyError(ValueError, 'length should not be negative');
      const { start, stop, step } = normalizeSlice(args[0] as PySlice, Number(len));
      return new PyTuple([BigInt(start), BigInt(stop), BigInt(step)]);
    },
  });
}
