// bisect: binary search with `<` only, exactly as CPython's _bisect (so custom __lt__ sees the same calls).

import { pyLt } from '../objects/compare.ts';
import { ValueError, pyError } from '../objects/exceptions.ts';
import { callValue, rt } from '../objects/runtime.ts';
import { getItem, pyLen, requireIndex } from '../objects/subscript.ts';
import { PyList, type Kwargs, type PyModule, type PyValue } from '../objects/values.ts';
import { bindArgs } from '../builtins/args.ts';
import { functions, makeModule } from './module.ts';

interface Search {
  a: PyValue;
  x: PyValue;
  lo: bigint;
  hi: bigint;
  key: PyValue;
}

function parse(name: string, args: PyValue[], kwargs: Kwargs | null): Search {
  const [a, x, lo, hi, key] = bindArgs(name, args, kwargs, ['a', 'x', 'lo', 'hi', 'key'], 2);
  const l = lo === undefined ? 0n : requireIndex(lo);
  if (l < 0n) throw pyError(ValueError, 'lo must be non-negative');
  const h = hi === undefined || hi === null ? BigInt(pyLen(a!)) : requireIndex(hi);
  return { a: a!, x: x!, lo: l, hi: h, key: key ?? null };
}

function item(s: Search, i: bigint): PyValue {
  const v = s.a instanceof PyList ? s.a.items[Number(i)]! : getItem(s.a, i);
  return s.key === null ? v : callValue(s.key, [v]);
}

function bisectLeft(s: Search, x: PyValue): bigint {
  let { lo, hi } = s;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (pyLt(item(s, mid), x)) lo = mid + 1n;
    else hi = mid;
  }
  return lo;
}

function bisectRight(s: Search, x: PyValue): bigint {
  let { lo, hi } = s;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (pyLt(x, item(s, mid))) hi = mid;
    else lo = mid + 1n;
  }
  return lo;
}

function insert(s: Search, at: bigint): void {
  if (s.a instanceof PyList) s.a.items.splice(Number(at), 0, s.x);
  else callValue(rt().getAttr(s.a, 'insert'), [at, s.x]);
}

function insort(s: Search, right: boolean): PyValue {
  const k = s.key === null ? s.x : callValue(s.key, [s.x]);
  insert(s, right ? bisectRight(s, k) : bisectLeft(s, k));
  return null;
}

export function bisectModule(): PyModule {
  const impls = functions({
    bisect_left: (args, kwargs) => {
      const s = parse('bisect_left', args, kwargs);
      return bisectLeft(s, s.x);
    },
    bisect_right: (args, kwargs) => {
      const s = parse('bisect_right', args, kwargs);
      return bisectRight(s, s.x);
    },
    insort_left: (args, kwargs) => insort(parse('insort_left', args, kwargs), false),
    insort_right: (args, kwargs) => insort(parse('insort_right', args, kwargs), true),
  });
  return makeModule('bisect', { ...impls, bisect: impls.bisect_right!, insort: impls.insort_right! });
}
