// Calls: evaluating call expressions (with a method-call fast path that allocates no bound method),
// the generic call protocol every callable goes through, and user-function invocation.

import { objectType, typeOf, typeType } from '../objects/builtin-types.ts';
import { BaseException, PyError, RecursionError, TypeError, pyError } from '../objects/exceptions.ts';
import { getIterator, toArray } from '../objects/iteration.ts';
import { getItem } from '../objects/subscript.ts';
import { PyType } from '../objects/type.ts';
import {
  PyBoundMethod,
  PyDict,
  PyInstance,
  PyModule,
  PyNativeFunction,
  PyObject,
  type Kwargs,
  type PyValue,
} from '../objects/values.ts';
import type { Attribute, Call, Expr } from '../parser/ast.ts';
import { getAttr } from './attributes.ts';
import { bindArguments } from './arguments.ts';
import { construct } from './classes.ts';
import { evalExpr } from './expressions.ts';
import { Cell, Frame, isStackOverflow, PyFunction, RETURN, S } from './frame.ts';
import { makeGenerator } from './generators.ts';
import { execBlock } from './statements.ts';
import { compileBlock } from './compile-stmt.ts';
import { emitCall, emitReturn } from './trace.ts';
import { objectNew, PySuper, superBuiltin, zeroArgSuper } from './super.ts';

export function evalCall(e: Call, f: Frame): PyValue {
  if (!e.simple) return evalGeneralCall(e, f);
  const fn = e.func;
  if (fn.kind === 'Attribute') return evalMethodCall(e, fn, f);
  const callee = evalExpr(fn, f);
  // Few locals here and helpers that return before the call: this frame is on every recursion path.
  if (callee instanceof PyFunction) return runFrame(callee, positionalFrame(callee, e.args, f));
  if (callee === e.cacheType) return e.cacheNew!.impl(evalArgs(e.args, f, 1, callee), null);
  return callEvaluated(e, callee, evalArgs(e.args, f, 0, null), f);
}

/** The simple call `e` of `callee` (not a user function) once its positional arguments are evaluated. */
export function callEvaluated(e: Call, callee: PyValue, args: PyValue[], f: Frame): PyValue {
  if (callee instanceof PyNativeFunction) return callee.impl(args, null);
  if (callee === superBuiltin && args.length === 0) return zeroArgSuper(f);
  if (callee instanceof PyType) cacheConstructor(e, callee);
  return callValue(callee, args, null);
}

/**
 * Remembers the native `__new__` of a builtin type called at `e`, when calling the type is exactly calling
 * that `__new__` (see construct): builtin types cannot be changed by programs, so it stays valid.
 */
function cacheConstructor(e: Call, cls: PyType): void {
  if (!cls.isBuiltin || cls === typeType || cls === objectType || cls === superBuiltin) return;
  if (cls.isSubtypeOf(BaseException)) return;
  const nw = cls.lookup('__new__');
  if (nw instanceof PyNativeFunction && nw !== objectNew) {
    e.cacheType = cls;
    e.cacheNew = nw;
  }
}

/** A frame for a call of `fn` with positional arguments, bound straight into its fast slots when possible. */
function positionalFrame(fn: PyFunction, argNodes: Expr[], f: Frame): Frame {
  const n = argNodes.length;
  const frame = positionalSlots(fn, n);
  if (frame === null) return boundFrame(fn, evalArgs(argNodes, f, 0, null), null);
  const fast = frame.fast;
  for (let i = 0; i < n; i++) fast[i] = evalExpr(argNodes[i]!, f);
  return frame;
}

/**
 * A frame for calling `fn` with `n` positional arguments, to be stored in fast slots 0..n-1, with the
 * remaining parameters' defaults filled in; null when the arguments need general binding.
 */
export function positionalSlots(fn: PyFunction, n: number): Frame | null {
  const code = fn.code;
  const nargs = code.argNames.length;
  if (!code.simpleSignature || !code.paramsFast || n > nargs || n < nargs - fn.defaults.length) return null;
  const frame = newFrame(fn);
  if (n < nargs) {
    const fast = frame.fast;
    const defaults = fn.defaults;
    const firstDefault = nargs - defaults.length;
    for (let i = n; i < nargs; i++) fast[i] = defaults[i - firstDefault];
  }
  return frame;
}

/**
 * Evaluates positional arguments into a new array, after `first` (the receiver of a method or the class
 * of a constructor) when `offset` is 1. Array literals for the common small counts: allocated inline and
 * packed, unlike `new Array(n)`.
 */
function evalArgs(argNodes: Expr[], f: Frame, offset: 0 | 1, first: PyValue): PyValue[] {
  const n = argNodes.length;
  if (offset === 0) {
    if (n === 0) return [];
    if (n === 1) return [evalExpr(argNodes[0]!, f)];
    if (n === 2) {
      const a = evalExpr(argNodes[0]!, f);
      return [a, evalExpr(argNodes[1]!, f)];
    }
  } else {
    if (n === 0) return [first];
    if (n === 1) return [first, evalExpr(argNodes[0]!, f)];
    if (n === 2) {
      const a = evalExpr(argNodes[0]!, f);
      return [first, a, evalExpr(argNodes[1]!, f)];
    }
  }
  const args: PyValue[] = new Array(n + offset);
  if (offset === 1) args[0] = first;
  for (let i = 0; i < n; i++) args[i + offset] = evalExpr(argNodes[i]!, f);
  return args;
}

/** `obj.name(args)`: looks the method up without allocating a bound method. */
function evalMethodCall(e: Call, fn: Attribute, f: Frame): PyValue {
  const obj = evalExpr(fn.value, f);
  const m = lookupMethod(fn, obj);
  if (methodNeedsReceiver()) return callLookedUp(m, true, evalArgs(e.args, f, 1, obj));
  return callLookedUp(m, false, evalArgs(e.args, f, 0, null));
}

/** Set by lookupMethod: whether the function it returned takes the receiver as its first argument. */
let needsReceiver = false;

/**
 * `obj.attr` for a call, looked up before the arguments are evaluated, as CPython's LOAD_METHOD does: a
 * function of obj's class or a native method comes back unbound (no bound method is allocated), and
 * methodNeedsReceiver() is then true; anything else is the attribute's value.
 */
export function lookupMethod(fn: Attribute, obj: PyValue): PyValue {
  // The site's cached native method (see nativeMethod). Checked first: only builtin types of values other
  // than instances, types, modules and super are ever cached, and no value of those kinds has such a type.
  const cached = fn.cacheType;
  if (cached !== null && (typeof obj === 'object' && obj !== null ? obj.pyType() : typeOf(obj)) === cached) {
    needsReceiver = true;
    return fn.cacheMethod!;
  }
  if (obj instanceof PyInstance) {
    if (obj.dict.get(fn.attr) === undefined) {
      const m = obj.cls.lookup(fn.attr);
      if (m instanceof PyFunction) {
        needsReceiver = true;
        return m;
      }
    }
  } else {
    const m = nativeMethod(obj, fn);
    if (m !== null) {
      needsReceiver = true;
      return m;
    }
  }
  // The lookup may run Python code (a property, __getattr__) that looks up methods itself: set it after.
  const v = getAttr(obj, fn.attr);
  needsReceiver = false;
  return v;
}

/** Read right after lookupMethod, before the arguments are evaluated (they may look methods up too). */
export function methodNeedsReceiver(): boolean {
  return needsReceiver;
}

/** Calls what lookupMethod returned; `args` starts with the receiver when `unbound`. */
export function callLookedUp(m: PyValue, unbound: boolean, args: PyValue[]): PyValue {
  if (!unbound) return callValue(m, args, null);
  if (m instanceof PyNativeFunction) return m.impl(args, null);
  const fn = m as PyFunction;
  return runFrame(fn, boundFrame(fn, args, null));
}

/**
 * The native method `obj.attr` of a value that is not an instance of a user class, type, module or super,
 * once the site's cache missed.
 */
function nativeMethod(obj: PyValue, fn: Attribute): PyNativeFunction | null {
  if (obj instanceof PyType || obj instanceof PyModule || obj instanceof PySuper) return null;
  const t = typeof obj === 'object' && obj !== null ? obj.pyType() : typeOf(obj);
  const m = t.lookup(fn.attr);
  if (!(m instanceof PyNativeFunction)) return null;
  // Builtin types cannot be changed by programs; dunders are left out because some are made on demand.
  if (t.isBuiltin && !fn.attr.startsWith('__')) {
    fn.cacheType = t;
    fn.cacheMethod = m;
  }
  return m;
}

/** Calls with `*args`, `**kwargs` or keywords. */
function evalGeneralCall(e: Call, f: Frame): PyValue {
  const callee = evalExpr(e.func, f);
  const args: PyValue[] = [];
  for (const a of e.args) {
    if (a.kind === 'Starred') {
      const v = evalExpr(a.value, f);
      try {
        getIterator(v);
      } catch {
        throw pyError(
          TypeError,
          `${calleeName(callee)} argument after * must be an iterable, not ${typeOf(v).name}`,
        );
      }
      for (const x of toArray(v)) args.push(x);
    } else args.push(evalExpr(a, f));
  }
  let kwargs: Kwargs | null = null;
  if (e.keywords.length > 0) {
    kwargs = new Map();
    for (const k of e.keywords) {
      const v = evalExpr(k.value, f);
      if (k.name === null) mergeKwargs(kwargs, v, callee);
      else {
        if (kwargs.has(k.name)) {
          throw pyError(
            TypeError,
            `${calleeName(callee)} got multiple values for keyword argument '${k.name}'`,
          );
        }
        kwargs.set(k.name, v);
      }
    }
  }
  if (callee === superBuiltin && args.length === 0 && kwargs === null) return zeroArgSuper(f);
  return callValue(callee, args, kwargs);
}

function calleeName(callee: PyValue): string {
  if (callee instanceof PyFunction) return `${callee.qualname}()`;
  if (callee instanceof PyNativeFunction) return `${callee.name}()`;
  if (callee instanceof PyType) return `${callee.name}()`;
  return `${typeOf(callee).name} object`;
}

function mergeKwargs(kwargs: Kwargs, mapping: PyValue, callee: PyValue): void {
  if (!(mapping instanceof PyDict) && typeOf(mapping).lookup('keys') === undefined) {
    throw pyError(
      TypeError,
      `${calleeName(callee)} argument after ** must be a mapping, not ${typeOf(mapping).name}`,
    );
  }
  const d = new PyDict();
  mergeMapping(d, mapping, null);
  for (const { key, value } of d.table.toArray()) {
    if (typeof key !== 'string') throw pyError(TypeError, 'keywords must be strings');
    if (kwargs.has(key)) {
      throw pyError(TypeError, `${calleeName(callee)} got multiple values for keyword argument '${key}'`);
    }
    kwargs.set(key, value);
  }
}

/** `{**m}` and `dict.update(m)`-like merging: a dict, or anything with keys() and __getitem__. */
export function mergeMapping(into: PyDict, mapping: PyValue, _what: string | null): void {
  if (mapping instanceof PyDict) {
    for (const { key, value } of mapping.table.toArray()) into.table.set(key, value);
    return;
  }
  if (typeOf(mapping).lookup('keys') === undefined) {
    throw pyError(TypeError, `'${typeOf(mapping).name}' object is not a mapping`);
  }
  for (const k of toArray(callValue(getAttr(mapping, 'keys'), [], null)))
    into.table.set(k, getItem(mapping, k));
}

/** The call protocol for any value. */
export function callValue(fn: PyValue, args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (fn instanceof PyFunction) return runFrame(fn, boundFrame(fn, args, kwargs));
  if (fn instanceof PyNativeFunction) {
    // An implementation declared without its kwargs parameter never reads keywords: CPython's C functions
    // reject them instead of ignoring them.
    if (kwargs !== null && kwargs.size > 0 && fn.impl.length < 2) {
      const name = fn.owner === null ? fn.name : `${fn.owner.name}.${fn.name}`;
      throw pyError(TypeError, `${name}() takes no keyword arguments`);
    }
    return fn.impl(args, kwargs);
  }
  if (fn instanceof PyBoundMethod) {
    const n = args.length;
    const all: PyValue[] = new Array(n + 1);
    all[0] = fn.self;
    for (let i = 0; i < n; i++) all[i + 1] = args[i]!;
    return callValue(fn.func, all, kwargs);
  }
  if (fn instanceof PyType) return construct(fn, args, kwargs);
  if (fn instanceof PyObject) {
    const call = typeOf(fn).lookup('__call__');
    if (call !== undefined) return callValue(call, [fn, ...args], kwargs);
  }
  throw pyError(TypeError, `'${typeOf(fn).name}' object is not callable`);
}

const NO_CELLS: Cell[] = [];

export function newFrame(fn: PyFunction): Frame {
  const code = fn.code;
  let cells = NO_CELLS;
  if (code.cellNames.length > 0) {
    cells = new Array<Cell>(code.cellNames.length);
    const own = code.ownCellCount;
    for (let i = 0; i < own; i++) cells[i] = new Cell(undefined);
    const closure = fn.closure;
    for (let i = 0; i < closure.length; i++) cells[own + i] = closure[i]!;
  }
  return new Frame(code, fn.globals, cells, null, fn);
}

/** Counts a Python frame; like CPython, the module's own frame counts toward the limit too. */
export function enterCall(): void {
  if (++S.depth >= S.maxDepth) {
    S.depth--;
    throw recursionError();
  }
}

export function callFunction(fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): PyValue {
  return runFrame(fn, boundFrame(fn, args, kwargs));
}

/** A new frame for `fn` with the arguments bound. */
function boundFrame(fn: PyFunction, args: PyValue[], kwargs: Kwargs | null): Frame {
  const frame = newFrame(fn);
  bindArguments(fn, frame, args, kwargs);
  return frame;
}

/**
 * Runs a function whose arguments are bound in `frame`. Every Python call passes through here, called
 * directly from the evaluating function (not through callFunction): deep Python recursion must fit in the
 * host stack, so no call path adds a host frame.
 */
export function runFrame(fn: PyFunction, frame: Frame): PyValue {
  if (fn.code.isGenerator) return makeGenerator(fn, frame);
  enterCall();
  const line = S.line;
  const caller = S.frame;
  S.frame = frame;
  try {
    if (S.sink !== null) emitCall(fn, frame);
    const code = fn.code;
    const c =
      S.sink === null ? (code.compiled ??= compileBlock(code.body))(frame) : execBlock(code.body, frame);
    const v = c === RETURN ? frame.retval : null;
    if (S.sink !== null) emitReturn(fn, v, frame);
    return v;
  } catch (e) {
    // The location of an error raised by an operation is the statement running when it happened.
    if (e instanceof PyError) {
      if (e.exc.line === 0) e.exc.line = S.line;
      throw e;
    }
    // The host stack ran out before the depth limit: the same RecursionError, raised a frame further out.
    if (isStackOverflow(e)) {
      S.hostOverflow = true;
      throw recursionError();
    }
    throw e;
  } finally {
    S.depth--;
    S.line = line;
    S.frame = caller;
  }
}

function recursionError(): PyError {
  const e = pyError(RecursionError, 'maximum recursion depth exceeded');
  e.exc.line = S.line;
  return e;
}
