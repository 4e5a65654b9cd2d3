// `with` statements: __enter__, then __exit__ on every way out; a true __exit__ result suppresses the
// exception.

import { typeOf } from '../objects/builtin-types.ts';
import { TypeError, pyError } from '../objects/exceptions.ts';
import type { PyValue } from '../objects/values.ts';
import type { With, WithItem } from '../parser/ast.ts';
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
  const ctx = enterContext(s.items[i]!, f);
  let c: Completion;
  try {
    c = withItem(s, i + 1, f);
  } catch (err) {
    return exitOnError(ctx, err, f);
  }
  exitNormally(ctx);
  return c;
}

/** An entered context manager and the __exit__ to call on the way out. */
export interface EnteredContext {
  mgr: PyValue;
  exit: PyValue;
}

/** Evaluates one `with` item, calls __enter__ and binds its result to the item's target. */
export function enterContext(item: WithItem, f: Frame): EnteredContext {
  const mgr = evalExpr(item.context, f);
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enter === undefined || exit === undefined) {
    throw pyError(TypeError, `'${t.name}' object does not support the context manager protocol`);
  }
  const value = callValue(enter, [mgr], null);
  if (item.target !== null) assignTo(item.target, value, f);
  return { mgr, exit };
}

/** __exit__ with the exception: a true result suppresses it (the statement completes normally). */
export function exitOnError(ctx: EnteredContext, err: unknown, f: Frame): Completion {
  const pe = asPyError(err, f);
  if (isTrue(callValue(ctx.exit, [ctx.mgr, pe.exc.cls, pe.exc, null], null))) return NORMAL;
  throw pe;
}

export function exitNormally(ctx: EnteredContext): void {
  callValue(ctx.exit, [ctx.mgr, null, null, null], null);
}
