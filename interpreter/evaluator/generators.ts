// Generators. A generator function's body runs in a second, `function*`-based statement executor, so a
// generator can be suspended anywhere inside loops, try blocks and with blocks. Statements that contain no
// `yield` are delegated to the ordinary (fast) executor; only the path down to a `yield` is resumable.

import { defineMethods } from '../builtins/define.ts';
import { binaryOp } from '../objects/arithmetic.ts';
import { generatorType } from '../objects/builtin-types.ts';
import {
  BaseException,
  GeneratorExit,
  PyError,
  PyExceptionObject,
  RuntimeError,
  StopIteration,
  TypeError,
  ValueError,
  pyError,
} from '../objects/exceptions.ts';
import { getIterator } from '../objects/iteration.ts';
import { PyType } from '../objects/type.ts';
import { PyIterator, PyList, PyTuple, type PyValue } from '../objects/values.ts';
import type { Expr, Stmt, Try, With } from '../parser/ast.ts';
import { UnsupportedError } from '../parser/errors.ts';
import { assignTo } from './assign.ts';
import { callValue, enterCall } from './calls.ts';
import { construct } from './classes.ts';
import { enterHandler, leaveHandler } from './exceptions.ts';
import { evalExpr, isTrue } from './expressions.ts';
import {
  BREAK,
  NORMAL,
  RETURN,
  S,
  stepLimitExceeded,
  type Completion,
  type Frame,
  type PyFunction,
} from './frame.ts';
import { selectCase } from './match.ts';
import { execStmt, loadAugTarget, storeAugTarget } from './statements.ts';
import { emitBranch, emitCall, emitIteration, emitReturn, emitStatement } from './trace.ts';
import { enterContext, exitNormally, exitOnError } from './with.ts';

type Body = Generator<PyValue, PyValue, PyValue>;
type Exec = Generator<PyValue, Completion, PyValue>;
type Eval = Generator<PyValue, PyValue, PyValue>;

export class PyGenerator extends PyIterator {
  running = false;
  started = false;
  finished = false;
  /** The value of the body's `return`, which `yield from` evaluates to. */
  returnValue: PyValue = null;

  constructor(
    private readonly body: Body,
    readonly name: string,
    readonly qualname: string,
    /** The frame the body runs in (S.frame while it runs); null for a generator written in TypeScript. */
    readonly frame: Frame | null,
  ) {
    // PyIterator takes its `next` at construction, before `this` exists: reach the generator through a box.
    const box: { gen: PyGenerator | null } = { gen: null };
    super(generatorType, () => box.gen!.resume(null, undefined));
    box.gen = this;
  }

  /** Runs the body to its next yield; undefined when it finished. */
  resume(sent: PyValue, thrown: PyError | undefined): PyValue | undefined {
    if (this.finished) {
      if (thrown !== undefined) throw thrown;
      return undefined;
    }
    if (this.running) throw pyError(ValueError, 'generator already executing');
    this.running = true;
    enterCall();
    const line = S.line;
    const caller = S.frame;
    if (this.frame !== null) S.frame = this.frame;
    try {
      const r = thrown === undefined ? this.body.next(sent) : this.body.throw(thrown);
      this.started = true;
      if (r.done) {
        this.finished = true;
        this.returnValue = r.value;
        return undefined;
      }
      return r.value;
    } catch (e) {
      this.finished = true;
      if (e instanceof PyError && e.exc.line === 0) e.exc.line = S.line;
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(StopIteration)) {
        throw pyError(RuntimeError, 'generator raised StopIteration');
      }
      throw e;
    } finally {
      this.running = false;
      S.depth--;
      S.line = line;
      S.frame = caller;
    }
  }

  stopIteration(): PyError {
    return pyError(StopIteration, this.returnValue === null ? undefined : this.returnValue);
  }
}

function gen(args: PyValue[]): PyGenerator {
  const g = args[0];
  if (!(g instanceof PyGenerator)) throw pyError(TypeError, "descriptor requires a 'generator' object");
  return g;
}

defineMethods(generatorType, {
  __next__: (args) => {
    const g = gen(args);
    const r = g.resume(null, undefined);
    if (r === undefined) throw g.stopIteration();
    return r;
  },
  __iter__: (args) => gen(args),
  send: (args) => {
    const g = gen(args);
    const v = args[1] ?? null;
    if (!g.started && v !== null)
      throw pyError(TypeError, "can't send non-None value to a just-started generator");
    const r = g.resume(v, undefined);
    if (r === undefined) throw g.stopIteration();
    return r;
  },
  throw: (args) => {
    const g = gen(args);
    const t = args[1] ?? null;
    let exc: PyValue = t;
    if (t instanceof PyType && t.isSubtypeOf(BaseException)) {
      exc = construct(t, args.length > 2 && args[2] !== null ? [args[2]!] : [], null);
    }
    if (!(exc instanceof PyExceptionObject))
      throw pyError(TypeError, 'exceptions must derive from BaseException');
    const r = g.resume(null, new PyError(exc));
    if (r === undefined) throw g.stopIteration();
    return r;
  },
  close: (args) => {
    closeGenerator(gen(args));
    return null;
  },
});

/** `generator.close()`: raises GeneratorExit at the suspended yield so `finally` blocks run. */
export function closeGenerator(g: PyGenerator): void {
  if (g.finished || !g.started) {
    g.finished = true;
    return;
  }
  try {
    g.resume(null, pyError(GeneratorExit));
  } catch (e) {
    if (e instanceof PyError && (e.exc.cls === GeneratorExit || e.exc.cls.isSubtypeOf(StopIteration))) return;
    throw e;
  }
  if (!g.finished) throw pyError(RuntimeError, 'generator ignored GeneratorExit');
}

export function makeGenerator(fn: PyFunction, frame: Frame): PyGenerator {
  return new PyGenerator(runBody(fn, frame), fn.name, fn.qualname, frame);
}

function* runBody(fn: PyFunction, frame: Frame): Body {
  if (S.sink !== null) emitCall(fn, frame);
  const c = yield* genBlock(fn.code.body, frame);
  const v = c === RETURN ? frame.retval : null;
  if (S.sink !== null) emitReturn(fn, v, frame);
  return v;
}

// ---- which nodes contain a yield (outside nested scopes) ----

const yieldCache = new WeakMap<object, boolean>();

function hasYield(node: Stmt | Expr): boolean {
  let r = yieldCache.get(node);
  if (r === undefined) {
    r = scan(node);
    yieldCache.set(node, r);
  }
  return r;
}

function scan(x: unknown): boolean {
  if (Array.isArray(x)) return x.some(scan);
  if (x === null || typeof x !== 'object') return false;
  const kind = (x as { kind?: unknown }).kind;
  if (kind === 'Yield' || kind === 'YieldFrom') return true;
  if (
    kind === 'FunctionDef' ||
    kind === 'ClassDef' ||
    kind === 'Lambda' ||
    kind === 'ListComp' ||
    kind === 'SetComp' ||
    kind === 'DictComp' ||
    kind === 'GeneratorExp' ||
    kind === 'Const'
  ) {
    return false;
  }
  for (const [k, v] of Object.entries(x)) {
    if (k !== 'code' && scan(v)) return true;
  }
  return false;
}

function unsupported(what: string, node: Stmt | Expr): never {
  throw new UnsupportedError(what, node.line, node.col);
}

// ---- the resumable executor ----

function* genBlock(body: Stmt[], f: Frame): Exec {
  for (const s of body) {
    if (++S.steps > S.maxSteps) stepLimitExceeded();
    S.line = s.line;
    if (S.sink !== null) emitStatement(s, f);
    const c = hasYield(s) ? yield* genStmt(s, f) : execStmt(s, f);
    if (c !== NORMAL) return c;
  }
  return NORMAL;
}

function* genStmt(s: Stmt, f: Frame): Exec {
  switch (s.kind) {
    case 'ExprStmt':
      yield* genExpr(s.value, f);
      return NORMAL;
    case 'Assign': {
      const v = yield* genExpr(s.value, f);
      for (const t of s.targets) assignTo(t, v, f);
      return NORMAL;
    }
    case 'AugAssign': {
      const target = loadAugTarget(s, f);
      storeAugTarget(s, f, target, yield* genExpr(s.value, f));
      return NORMAL;
    }
    case 'AnnAssign':
      if (s.value !== null) assignTo(s.target, yield* genExpr(s.value, f), f);
      return NORMAL;
    case 'Return':
      f.retval = s.value === null ? null : yield* genExpr(s.value, f);
      return RETURN;
    case 'If': {
      const c = yield* genExpr(s.test, f);
      const t = isTrue(c);
      if (S.sink !== null) emitBranch(s.isElif ? 'elif' : 'if', s, c, t, f);
      return yield* genBlock(t ? s.body : s.orelse, f);
    }
    case 'While':
      for (;;) {
        const c = yield* genExpr(s.test, f);
        const t = isTrue(c);
        if (S.sink !== null) emitBranch('while', s, c, t, f);
        if (!t) break;
        if (++S.steps > S.maxSteps) stepLimitExceeded();
        const r = yield* genBlock(s.body, f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return yield* genBlock(s.orelse, f);
    case 'For': {
      const it = getIterator(yield* genExpr(s.iter, f));
      for (let i = 0; ; i++) {
        const v = it.next();
        if (v === undefined) break;
        if (S.sink !== null) emitIteration(s.target, v, i, f);
        assignTo(s.target, v, f);
        const r = yield* genBlock(s.body, f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return yield* genBlock(s.orelse, f);
    }
    case 'Try':
      return yield* genTry(s, f);
    case 'With':
      return yield* genWith(s, 0, f);
    case 'Match': {
      const c = selectCase(s, yield* genExpr(s.subject, f), f);
      return c === null ? NORMAL : yield* genBlock(c.body, f);
    }
    default:
      return unsupported(`yield inside ${s.kind}`, s);
  }
}

function* genTry(s: Try, f: Frame): Exec {
  let c: Completion;
  try {
    c = yield* genTryExcept(s, f);
  } catch (err) {
    if (s.finalbody.length === 0) throw err;
    if (err instanceof PyError && err.exc.line === 0) err.exc.line = S.line;
    const fc = yield* genBlock(s.finalbody, f);
    if (fc !== NORMAL) return fc;
    throw err;
  }
  if (s.finalbody.length === 0) return c;
  const fc = yield* genBlock(s.finalbody, f);
  return fc !== NORMAL ? fc : c;
}

function* genTryExcept(s: Try, f: Frame): Exec {
  let c: Completion;
  try {
    c = yield* genBlock(s.body, f);
  } catch (err) {
    if (s.handlers.length === 0) throw err;
    const h = enterHandler(s, err, f);
    try {
      return yield* genBlock(h.body, f);
    } finally {
      leaveHandler(h, f);
    }
  }
  if (c === NORMAL && s.orelse.length > 0) c = yield* genBlock(s.orelse, f);
  return c;
}

function* genWith(s: With, i: number, f: Frame): Exec {
  if (i === s.items.length) return yield* genBlock(s.body, f);
  const ctx = enterContext(s.items[i]!, f);
  let c: Completion;
  try {
    c = yield* genWith(s, i + 1, f);
  } catch (err) {
    return exitOnError(ctx, err, f);
  }
  exitNormally(ctx);
  return c;
}

function* genExpr(e: Expr, f: Frame): Eval {
  if (!hasYield(e)) return evalExpr(e, f);
  switch (e.kind) {
    case 'Yield': {
      const v = e.value === null ? null : yield* genExpr(e.value, f);
      return yield v;
    }
    case 'YieldFrom':
      return yield* yieldFrom(yield* genExpr(e.value, f));
    case 'Tuple':
    case 'List': {
      const items: PyValue[] = [];
      for (const x of e.elts) {
        if (x.kind === 'Starred') unsupported('yield inside a starred element', x);
        items.push(yield* genExpr(x, f));
      }
      return e.kind === 'Tuple' ? new PyTuple(items) : new PyList(items);
    }
    case 'BinOp': {
      const a = yield* genExpr(e.left, f);
      const b = yield* genExpr(e.right, f);
      return binaryOp(e.op, a, b);
    }
    case 'Call': {
      if (!e.simple || hasYield(e.func)) return unsupported('yield inside this call', e);
      const callee = evalExpr(e.func, f);
      const args: PyValue[] = [];
      for (const a of e.args) args.push(yield* genExpr(a, f));
      return callValue(callee, args, null);
    }
    default:
      return unsupported(`yield inside ${e.kind}`, e);
  }
}

function* yieldFrom(v: PyValue): Eval {
  const it = getIterator(v);
  if (it instanceof PyGenerator) {
    let sent: PyValue = null;
    for (;;) {
      const r = it.resume(sent, undefined);
      if (r === undefined) return it.returnValue;
      sent = yield r;
    }
  }
  for (;;) {
    const x = it.next();
    if (x === undefined) return null;
    yield x;
  }
}
