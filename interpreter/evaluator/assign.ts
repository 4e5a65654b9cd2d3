// Assignment to targets: names, attributes, subscripts, and (starred) tuple/list unpacking with CPython's
// ValueError messages.

import { typeOf } from '../objects/builtin-types.ts';
import { PyError, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { getIterator } from '../objects/iteration.ts';
import { setItem } from '../objects/subscript.ts';
import { PyList, PyObject, PyTuple, type PyValue } from '../objects/values.ts';
import type { Expr } from '../parser/ast.ts';
import { setAttr } from './attributes.ts';
import { evalExpr, starredError } from './expressions.ts';
import type { Frame } from './frame.ts';
import { storeName } from './names.ts';
import { isExactSequence } from './builtin-dunders.ts';

export function assignTo(t: Expr, v: PyValue, f: Frame): void {
  switch (t.kind) {
    case 'Name':
      return storeName(t, v, f);
    case 'Attribute':
      return setAttr(evalExpr(t.value, f), t.attr, v);
    case 'Subscript': {
      const obj = evalExpr(t.value, f);
      return setItem(obj, evalExpr(t.index, f), v);
    }
    case 'Tuple':
    case 'List':
      return unpack(t.elts, v, f);
    case 'Starred':
      return starredError();
    default:
      throw pyError(TypeError, 'cannot assign to expression');
  }
}

function unpack(targets: Expr[], v: PyValue, f: Frame): void {
  const n = targets.length;
  let star = -1;
  for (let i = 0; i < n; i++) if (targets[i]!.kind === 'Starred') star = i;
  let items: readonly PyValue[];
  if ((v instanceof PyTuple || v instanceof PyList) && star < 0 && isExactSequence(v)) {
    if (v.items.length === n) {
      // All items are taken before the first store, which may change the list being unpacked.
      items = v instanceof PyList ? v.items.slice() : v.items;
      for (let i = 0; i < n; i++) assignTo(targets[i]!, items[i]!, f);
      return;
    }
  }
  items = collect(v, star < 0 ? n : -1);
  if (star < 0) {
    if (items.length < n) {
      throw pyError(ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    if (items.length > n) throw pyError(ValueError, `too many values to unpack (expected ${n})`);
    for (let i = 0; i < n; i++) assignTo(targets[i]!, items[i]!, f);
    return;
  }
  const after = n - star - 1;
  if (items.length < n - 1) {
    throw pyError(
      ValueError,
      `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`,
    );
  }
  for (let i = 0; i < star; i++) assignTo(targets[i]!, items[i]!, f);
  const starTarget = targets[star]!;
  const middle = new PyList(items.slice(star, items.length - after));
  assignTo(starTarget.kind === 'Starred' ? starTarget.value : starTarget, middle, f);
  for (let i = 0; i < after; i++) assignTo(targets[star + 1 + i]!, items[items.length - after + i]!, f);
}

/**
 * Materializes the value being unpacked. Without a starred target it stops one item past `limit`, as CPython
 * does, so unpacking an infinite iterator still reports "too many values".
 */
function collect(v: PyValue, limit: number): PyValue[] {
  let it;
  try {
    it = getIterator(v);
  } catch (e) {
    if (
      e instanceof PyError &&
      e.exc.cls === TypeError &&
      !(v instanceof PyObject && typeOf(v).lookup('__iter__'))
    ) {
      throw pyError(TypeError, `cannot unpack non-iterable ${typeOf(v).name} object`);
    }
    throw e;
  }
  const out: PyValue[] = [];
  for (;;) {
    const x = it.next();
    if (x === undefined) break;
    out.push(x);
    if (limit >= 0 && out.length > limit) break;
  }
  return out;
}
