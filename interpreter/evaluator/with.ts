// `with` statements: __enter__, then __exit__ on every way out; a true __exit__ result suppresses the
// exception.

import { typeOf } from '../objects/builtin-types.ts';
import { TypeError, pyError } from '../objects/exceptions.ts';
import type { PyValue } from '../objects/values.ts';
import type { With } from '../parser/ast.ts';
import { assignTo } from './assign.ts';
import { callValue } from './calls.ts';
import { asPyError } from './exceptions.ts';
import { evalExpr, isTrue } from './expressions.ts';
import { NORMAL, type Completion, type Frame } from './frame.ts';
import { execBlock } from './statements.ts';

export function execWith(s: With, f: Frame): Completion {
  return withItem(s, 0, f);
}

function withItem(s: With, i: number, f: Frame): Completion {
  if (i === s.items.length) return execBlock(s.body, f);
  const item = s.items[i]!;
  const mgr = evalExpr(item.context, f);
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === undefined || exit === undefined) {
    throw pyError(TypeError, `'${t.name}' object does not support the context manager protocol`);
  }
  const value = callValue(enter, [mgr], null);
  if (item.target !== null) assignTo(item.target, value, f);
  let c: Completion;
  try {
    c = withItem(s, i + 1, f);
  } catch (err) {
    const pe = asPyError(err, f);
    const exc = pe.exc;
    const suppress: PyValue = callValue(exit, [mgr, exc.cls, exc, null], null);
    if (isTrue(suppress)) return NORMAL;
    throw pe;
  }
  callValue(exit, [mgr, null, null, null], null);
  return c;
}
