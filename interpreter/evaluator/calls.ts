// Calls: evaluating call expressions (with a method-call fast path that allocates no bound method),
// the generic call protocol every callable goes through, and user-function invocation.

import { typeOf } from '../objects/builtin-types.ts';
import { PyError, RecursionError, TypeError, pyError } from '../objects/exceptions.ts';
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
import { emitCall, emitReturn } from './trace.ts';
import { PySuper, superBuiltin, zeroArgSuper } from './super.ts';

export function evalCall(e: Call, f: Frame): PyValue {
  if (!e.simple) return evalGeneralCall(e, f);
  const fn = e.func;
  if (fn.kind === 'Attribute') return evalMethodCall(e, fn, f);
  const callee = evalExpr(fn, f);
  const args = evalArgs(e.args, f, 0);
  if (callee instanceof PyFunction) return callFunction(callee, args, null);
  if (callee === superBuiltin && args.length === 0) return zeroArgSuper(f);
  return callValue(callee, args, null);
}

/** Evaluates positional arguments into a new array, leaving `offset` leading slots free. */
function evalArgs(argNodes: Expr[], f: Frame, offset: number): PyValue[] {
  const n = argNodes.length;
  const args: PyValue[] = new Array(n + offset);
  for (let i = 0; i < n; i++) args[i + offset] = evalExpr(argNodes[i]!, f);
  return args;
}

/** `obj.name(args)`: looks the method up without allocating a bound method. */
function evalMethodCall(e: Call, fn: Attribute, f: Frame): PyValue {
  const obj = evalExpr(fn.value, f);
  const args = evalArgs(e.args, f, 1);
  args[0] = obj;
  const name = fn.attr;
  if (obj instanceof PyInstance) {
    if (obj.dict.get(name) === undefined) {
      const m = obj.cls.lookup(name);
      if (m instanceof PyFunction) return callFunction(m, args, null);
    }
  } else if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PySuper)) {
    const m = typeOf(obj).lookup(name);
    if (m instanceof PyNativeFunction) return m.impl(args, null);
  }
  return callValue(getAttr(obj, name), args.slice(1), null);
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
  if (fn instanceof PyFunction) return callFunction(fn, args, kwargs);
  if (fn instanceof PyNativeFunction) return fn.impl(args, kwargs);
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
  const frame = newFrame(fn);
  bindArguments(fn, frame, args, kwargs);
  if (fn.code.isGenerator) return makeGenerator(fn, frame);
  enterCall();
  const line = S.line;
  try {
    if (S.sink !== null) emitCall(fn, frame);
    const c = execBlock(fn.code.body, frame);
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
  }
}

function recursionError(): PyError {
  const e = pyError(RecursionError, 'maximum recursion depth exceeded');
  e.exc.line = S.line;
  return e;
}
