// How a `for` statement takes its items, shared by the tree-walker (statements.ts) and compiled code
// (compile-stmt.ts): each item goes to `step`, which binds the target and runs the body.

import { getIterator } from '../objects/iteration.ts';
import { intFromNumber } from '../objects/small-ints.ts';
import { PyList, PyRange, PyTuple, type PyValue } from '../objects/values.ts';
import type { Expr } from '../parser/ast.ts';
import { isExactSequence } from './builtin-dunders.ts';
import { BREAK, NORMAL, RETURN, type Completion } from './frame.ts';
import { closeGenerator, PyGenerator } from './generators.ts';

/**
 * Runs `step` on every item of `iterable` until it answers BREAK or RETURN, which is returned; NORMAL
 * once the items run out. `iterExpr` is the loop's iterable expression.
 */
export function forEachItem(iterable: PyValue, iterExpr: Expr, step: (v: PyValue) => Completion): Completion {
  // Exact lists and tuples only: a subclass may override __iter__. A live index loop is exactly the list
  // iterator's semantics (it sees appends made by the body).
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && isExactSequence(iterable)) {
    const items = iterable.items;
    for (let i = 0; i < items.length; i++) {
      const c = step(items[i]!);
      if (c === BREAK || c === RETURN) return c;
    }
    return NORMAL;
  }
  if (iterable instanceof PyRange && isSmallRange(iterable)) {
    // Counting in doubles is exact here and avoids a bigint operation per item.
    const start = Number(iterable.start);
    const by = Number(iterable.step);
    const n = Number(iterable.length);
    for (let i = 0; i < n; i++) {
      const c = step(intFromNumber(start + i * by));
      if (c === BREAK || c === RETURN) return c;
    }
    return NORMAL;
  }
  const it = getIterator(iterable);
  for (;;) {
    const v = it.next();
    if (v === undefined) return NORMAL;
    const c = step(v);
    if (c === BREAK || c === RETURN) {
      // CPython finalizes a generator the loop created as soon as the loop drops it (reference counting),
      // running its `finally` blocks before the next statement: do the same for temporaries.
      if (it instanceof PyGenerator && isTemporary(iterExpr)) closeGenerator(it);
      return c;
    }
  }
}

/** An iterable expression whose value nothing else references once the loop ends. */
function isTemporary(e: Expr): boolean {
  return e.kind === 'Call' || e.kind === 'GeneratorExp';
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isSmallRange(r: PyRange): boolean {
  const lim = SAFE;
  return r.start < lim && r.start > -lim && r.stop < lim && r.stop > -lim && r.step < lim && r.step > -lim;
}
