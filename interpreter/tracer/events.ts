// The evaluation events a tracer receives. The evaluator calls `sink.emit(event)` from one chokepoint per
// event kind; with no sink installed each chokepoint costs a single null check and nothing is allocated.
//
// Versioning: TRACE_EVENTS_VERSION changes whenever an event kind is added, removed or changes meaning.
// A sink declares the version it was written for (`version`), and the interpreter refuses a sink whose
// version differs, so a renderer never silently misreads events.
//
// Event order for `y = f(x) + 1` inside a function at depth 1:
//   statement(Assign) -> expression(Name x) -> call(f, {a: ...}) -> statement(...f's body...) ...
//   -> return(f, value) -> expression(Call) -> expression(Const 1) -> expression(BinOp) -> bind(y, value)

import type { PyValue } from '../objects/values.ts';
import type { PyExceptionObject } from '../objects/exceptions.ts';
import type { Expr, Stmt } from '../parser/ast.ts';
import type { Frame, PyFunction } from '../evaluator/frame.ts';

export const TRACE_EVENTS_VERSION = 1;

interface EventBase {
  /** Python call depth: 0 for module-level code, 1 inside the first call, ... */
  depth: number;
  /** 1-based source line the event belongs to (the `call` string is line 1 of its own text). */
  line: number;
  /** The frame the event happened in; read locals with `frame.code.fastNames` / `cellNames`. */
  frame: Frame;
}

/** A statement is about to run. */
export interface StatementEvent extends EventBase {
  kind: 'statement';
  stmt: Stmt;
}

/** An expression finished evaluating. Subexpressions come before the expressions that contain them. */
export interface ExpressionEvent extends EventBase {
  kind: 'expression';
  expr: Expr;
  value: PyValue;
}

/** A user function was entered; `args` are its parameters after binding (defaults applied), in order. */
export interface CallEvent extends EventBase {
  kind: 'call';
  func: PyFunction;
  args: [name: string, value: PyValue][];
}

/** A user function returned normally (a generator: each time it finishes). */
export interface ReturnEvent extends EventBase {
  kind: 'return';
  func: PyFunction;
  value: PyValue;
}

/**
 * A condition decided where control goes. `construct` names the syntax; `taken` is true when the
 * condition's truth selected the first branch (if/elif/while body, ternary's `then` value), or for
 * `and`/`or` when evaluation short-circuited (the right operand was skipped).
 */
export interface BranchEvent extends EventBase {
  kind: 'branch';
  construct: 'if' | 'elif' | 'while' | 'ternary' | 'and' | 'or' | 'comprehension-if' | 'match-case';
  node: Stmt | Expr;
  value: PyValue;
  taken: boolean;
}

/** A `for` loop or comprehension clause bound its target to the next item. */
export interface IterationEvent extends EventBase {
  kind: 'iteration';
  target: Expr;
  item: PyValue;
  /** 0-based iteration number within this execution of the loop. */
  index: number;
}

/** A `for` or `while` loop finished (its iterator was exhausted or its condition became false). */
export interface LoopExitEvent extends EventBase {
  kind: 'loop-exit';
  stmt: Stmt;
  iterations: number;
}

/** A name was bound by assignment, for target, import, def, class, except-as or match capture. */
export interface BindEvent extends EventBase {
  kind: 'bind';
  name: string;
  value: PyValue;
}

/** An exception started propagating (raised by `raise`, or by an operation or builtin). */
export interface RaiseEvent extends EventBase {
  kind: 'raise';
  exception: PyExceptionObject;
}

/** An `except` clause caught an exception. */
export interface CatchEvent extends EventBase {
  kind: 'catch';
  exception: PyExceptionObject;
}

export type TraceEvent =
  | StatementEvent
  | ExpressionEvent
  | CallEvent
  | ReturnEvent
  | BranchEvent
  | IterationEvent
  | LoopExitEvent
  | BindEvent
  | RaiseEvent
  | CatchEvent;

export interface TraceSink {
  /** Must equal TRACE_EVENTS_VERSION. */
  readonly version: number;
  emit(event: TraceEvent): void;
}
