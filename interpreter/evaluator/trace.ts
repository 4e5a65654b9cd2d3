// Builders for trace events. Only reached after the caller checked `S.sink !== null`, so none of this
// costs anything when no tracer is attached.

import type { PyExceptionObject } from '../objects/exceptions.ts';
import type { PyValue } from '../objects/values.ts';
import type { Expr, Stmt } from '../parser/ast.ts';
import type { BranchEvent } from '../tracer/events.ts';
import { S, type Frame, type PyFunction } from './frame.ts';

/** Exceptions already reported as raised, so propagation through many frames reports each once. */
const reported = new WeakSet<PyExceptionObject>();

export function emitStatement(stmt: Stmt, frame: Frame): void {
  S.sink!.emit({ kind: 'statement', stmt, depth: S.depth, line: stmt.line, frame });
}

export function emitExpression(expr: Expr, value: PyValue, frame: Frame): void {
  S.sink!.emit({ kind: 'expression', expr, value, depth: S.depth, line: expr.line, frame });
}

export function emitCall(func: PyFunction, frame: Frame): void {
  const code = func.code;
  const names = [...code.argNames, ...code.kwonlyNames];
  if (code.varargName !== null) names.push(code.varargName);
  if (code.kwargName !== null) names.push(code.kwargName);
  const args: [string, PyValue][] = names.map((name, i) => {
    const slot = code.paramSlots[i]!;
    const v = slot.scope === 0 ? frame.fast[slot.index] : frame.cells[slot.index]!.value;
    return [name, v ?? null];
  });
  S.sink!.emit({ kind: 'call', func, args, depth: S.depth, line: code.line, frame });
}

export function emitReturn(func: PyFunction, value: PyValue, frame: Frame): void {
  S.sink!.emit({ kind: 'return', func, value, depth: S.depth, line: S.line, frame });
}

export function emitBranch(
  construct: BranchEvent['construct'],
  node: Stmt | Expr,
  value: PyValue,
  taken: boolean,
  frame: Frame,
): void {
  S.sink!.emit({ kind: 'branch', construct, node, value, taken, depth: S.depth, line: node.line, frame });
}

export function emitIteration(target: Expr, item: PyValue, index: number, frame: Frame): void {
  S.sink!.emit({ kind: 'iteration', target, item, index, depth: S.depth, line: target.line, frame });
}

export function emitLoopExit(stmt: Stmt, iterations: number, frame: Frame): void {
  S.sink!.emit({ kind: 'loop-exit', stmt, iterations, depth: S.depth, line: stmt.line, frame });
}

export function emitBind(name: string, value: PyValue, frame: Frame): void {
  S.sink!.emit({ kind: 'bind', name, value, depth: S.depth, line: S.line, frame });
}

export function emitRaise(exception: PyExceptionObject, frame: Frame): void {
  if (reported.has(exception)) return;
  reported.add(exception);
  S.sink!.emit({ kind: 'raise', exception, depth: S.depth, line: exception.line || S.line, frame });
}

export function emitCatch(exception: PyExceptionObject, line: number, frame: Frame): void {
  // A re-raised exception is reported again when it propagates anew.
  reported.delete(exception);
  S.sink!.emit({ kind: 'catch', exception, depth: S.depth, line, frame });
}
