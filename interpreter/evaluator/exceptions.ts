// Exceptions: BaseException's methods, `raise`, `try/except/else/finally`, and the conversion of host-side
// failures (a JS stack overflow) into Python exceptions a program can catch.

import { defineMethods } from '../builtins/define.ts';
import { typeOf } from '../objects/builtin-types.ts';
import {
  BaseException,
  KeyError,
  PyError,
  PyExceptionObject,
  RecursionError,
  RuntimeError,
  TypeError,
  pyError,
} from '../objects/exceptions.ts';
import { repr, str } from '../objects/repr.ts';
import { PyType } from '../objects/type.ts';
import { PyTuple, type PyValue } from '../objects/values.ts';
import type { ExceptHandler, Raise, Try } from '../parser/ast.ts';
import { construct } from './classes.ts';
import { evalExpr } from './expressions.ts';
import { isStackOverflow, NORMAL, S, type Completion, type Frame } from './frame.ts';
import { deleteName, storeName } from './names.ts';
import { execBlock } from './statements.ts';
import { emitCatch, emitRaise } from './trace.ts';

function self(args: PyValue[]): PyExceptionObject {
  const e = args[0];
  if (!(e instanceof PyExceptionObject))
    throw pyError(TypeError, "descriptor requires a 'BaseException' object");
  return e;
}

defineMethods(BaseException, {
  __init__: (args) => {
    self(args).args = args.slice(1);
    return null;
  },
  __str__: (args) => {
    const e = self(args);
    if (e.args.length === 0) return '';
    if (e.args.length === 1) return str(e.args[0]!);
    return repr(new PyTuple(e.args));
  },
  __repr__: (args) => {
    const e = self(args);
    const inner = e.args.length === 1 ? repr(e.args[0]!) : e.args.map((a) => repr(a)).join(', ');
    return `${e.cls.name}(${inner})`;
  },
  with_traceback: (args) => self(args),
});

defineMethods(KeyError, {
  __str__: (args) => {
    const e = self(args);
    if (e.args.length === 1) return repr(e.args[0]!);
    if (e.args.length === 0) return '';
    return repr(new PyTuple(e.args));
  },
});

/** Turns `raise X` operands into an exception object: classes are instantiated with no arguments. */
function toException(v: PyValue, what: 'raise' | 'cause'): PyExceptionObject | null {
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const e = construct(v, [], null);
    if (e instanceof PyExceptionObject) return e;
    throw pyError(
      TypeError,
      `calling ${repr(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`,
    );
  }
  if (v instanceof PyExceptionObject) return v;
  if (what === 'cause' && v === null) return null;
  throw pyError(
    TypeError,
    what === 'raise'
      ? 'exceptions must derive from BaseException'
      : 'exception causes must derive from BaseException',
  );
}

export function execRaise(s: Raise, f: Frame): Completion {
  if (s.exc === null) {
    const current = S.handling[S.handling.length - 1];
    if (current === undefined) throw pyError(RuntimeError, 'No active exception to reraise');
    throw new PyError(current as PyExceptionObject);
  }
  const exc = toException(evalExpr(s.exc, f), 'raise')!;
  if (s.cause !== null) {
    exc.cause = toException(evalExpr(s.cause, f), 'cause');
    exc.suppressContext = true;
  }
  const context = S.handling[S.handling.length - 1];
  if (context !== undefined && context !== exc) exc.context = context;
  exc.line = s.line;
  exc.column = s.col;
  if (S.sink !== null) emitRaise(exc, f);
  throw new PyError(exc);
}

/**
 * Normalizes anything thrown while running Python code into a PyError, or rethrows it when it must not be
 * caught by Python code (limits, interpreter bugs). A JS stack overflow becomes RecursionError.
 */
export function asPyError(err: unknown, f: Frame): PyError {
  if (err instanceof PyError) {
    if (err.exc.line === 0) err.exc.line = S.line;
    if (S.sink !== null) emitRaise(err.exc, f);
    return err;
  }
  if (isStackOverflow(err)) {
    S.hostOverflow = true;
    const e = pyError(RecursionError, 'maximum recursion depth exceeded');
    e.exc.line = S.line;
    return e;
  }
  throw err;
}

export function exceptionMatchesClause(exc: PyExceptionObject, t: PyValue): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtypeOf(BaseException)) throw notException();
    return exc.cls.isSubtypeOf(t);
  }
  if (t instanceof PyTuple) {
    for (const x of t.items) if (exceptionMatchesClause(exc, x)) return true;
    return false;
  }
  throw notException();
}

function notException(): PyError {
  return pyError(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

/** The blocks of a try statement as functions, so that tree-walked and compiled code share runTry. */
export interface TryBlocks {
  body(s: Try, f: Frame): Completion;
  handler(s: Try, index: number, f: Frame): Completion;
  orelse(s: Try, f: Frame): Completion;
  finalbody(s: Try, f: Frame): Completion;
}

const walkedBlocks: TryBlocks = {
  body: (s, f) => execBlock(s.body, f),
  handler: (s, index, f) => execBlock(s.handlers[index]!.body, f),
  orelse: (s, f) => execBlock(s.orelse, f),
  finalbody: (s, f) => execBlock(s.finalbody, f),
};

export function execTry(s: Try, f: Frame): Completion {
  return runTry(s, f, walkedBlocks);
}

export function runTry(s: Try, f: Frame, blocks: TryBlocks): Completion {
  if (s.finalbody.length === 0) return runTryExcept(s, f, blocks);
  let c: Completion;
  try {
    c = runTryExcept(s, f, blocks);
  } catch (err) {
    if (err instanceof PyError && err.exc.line === 0) err.exc.line = S.line;
    const fc = blocks.finalbody(s, f);
    // `return`/`break`/`continue` in finally discards the exception.
    if (fc !== NORMAL) return fc;
    throw err;
  }
  const fc = blocks.finalbody(s, f);
  return fc !== NORMAL ? fc : c;
}

function runTryExcept(s: Try, f: Frame, blocks: TryBlocks): Completion {
  let c: Completion;
  try {
    c = blocks.body(s, f);
  } catch (err) {
    if (s.handlers.length === 0) throw err;
    const h = enterHandler(s, err, f);
    try {
      return blocks.handler(s, s.handlers.indexOf(h), f);
    } finally {
      leaveHandler(h, f);
    }
  }
  if (c === NORMAL && s.orelse.length > 0) c = blocks.orelse(s, f);
  return c;
}

/**
 * Finds the `except` clause matching a raised error, binds the exception to its name and marks it as being
 * handled; rethrows when no clause matches. Shared by the plain and the generator executors.
 */
export function enterHandler(s: Try, err: unknown, f: Frame): ExceptHandler {
  const pe = asPyError(err, f);
  const exc = pe.exc;
  for (const h of s.handlers) {
    if (h.type !== null && !exceptionMatchesClause(exc, evalExpr(h.type, f))) continue;
    if (S.sink !== null) emitCatch(exc, h.line, f);
    if (h.name !== null) storeName(h.name, exc, f);
    S.handling.push(exc);
    return h;
  }
  throw pe;
}

/** Undoes enterHandler once the clause's body has finished, however it finished. */
export function leaveHandler(h: ExceptHandler, f: Frame): void {
  S.handling.pop();
  if (h.name !== null) deleteName(h.name, f, true);
}
