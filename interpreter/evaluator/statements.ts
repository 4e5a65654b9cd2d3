// Statement execution: the single dispatch over statement kinds, loops and assignments. Control flow
// (break/continue/return) travels as a Completion code, exceptions as host throws.

import { inplaceOp } from '../objects/arithmetic.ts';
import { AssertionError, TypeError, pyError } from '../objects/exceptions.ts';
import { delItem, getItem, setItem } from '../objects/subscript.ts';
import type { PyValue } from '../objects/values.ts';
import type { Assert, Assign, AugAssign, BinOpName, Expr, For, If, Stmt, While } from '../parser/ast.ts';
import { delAttr, getAttr, setAttr } from './attributes.ts';
import { assignTo } from './assign.ts';
import { execClassDef } from './classes.ts';
import { execRaise, execTry } from './exceptions.ts';
import { evalExpr, isTrue } from './expressions.ts';
import {
  BREAK,
  CONTINUE,
  NORMAL,
  RETURN,
  S,
  stepLimitExceeded,
  type Completion,
  type Frame,
} from './frame.ts';
import { execFunctionDef } from './functions.ts';
import { execImport, execImportFrom } from './imports.ts';
import { execMatch } from './match.ts';
import { deleteName, loadName, storeName } from './names.ts';
import { emitBranch, emitIteration, emitLoopExit, emitStatement } from './trace.ts';
import { execWith } from './with.ts';
import { forEachItem } from './for-loop.ts';

export function execBlock(body: Stmt[], f: Frame): Completion {
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    if (++S.steps > S.maxSteps) stepLimitExceeded();
    S.line = s.line;
    if (S.sink !== null) emitStatement(s, f);
    // The frequent statements are dispatched here rather than through execStmt: one host frame less per
    // nesting level, which lets deeper Python recursion fit in the host stack.
    let c: Completion;
    switch (s.kind) {
      case 'Return':
        f.retval = s.value === null ? null : evalExpr(s.value, f);
        return RETURN;
      case 'ExprStmt':
        evalExpr(s.value, f);
        continue;
      case 'Assign':
        c = execAssign(s, f);
        break;
      case 'AugAssign':
        execAugAssign(s, f);
        continue;
      case 'If':
        c = execIf(s, f);
        break;
      case 'For':
        c = execFor(s, f);
        break;
      case 'While':
        c = execWhile(s, f);
        break;
      case 'Try':
        c = execTry(s, f);
        break;
      default:
        c = execStmt(s, f);
    }
    if (c !== NORMAL) return c;
  }
  return NORMAL;
}

// Like the expression dispatch, this only selects a helper, to keep the host frame of every statement
// level small.
export function execStmt(s: Stmt, f: Frame): Completion {
  switch (s.kind) {
    case 'ExprStmt':
      evalExpr(s.value, f);
      return NORMAL;
    case 'Assign':
      return execAssign(s, f);
    case 'AugAssign':
      execAugAssign(s, f);
      return NORMAL;
    case 'If':
      return execIf(s, f);
    case 'For':
      return execFor(s, f);
    case 'While':
      return execWhile(s, f);
    case 'Return':
      f.retval = s.value === null ? null : evalExpr(s.value, f);
      return RETURN;
    case 'Pass':
      return NORMAL;
    case 'Break':
      return BREAK;
    case 'Continue':
      return CONTINUE;
    case 'FunctionDef':
      execFunctionDef(s, f);
      return NORMAL;
    case 'ClassDef':
      execClassDef(s, f);
      return NORMAL;
    case 'Try':
      return execTry(s, f);
    case 'Raise':
      return execRaise(s, f);
    case 'AnnAssign':
      if (s.value !== null) assignTo(s.target, evalExpr(s.value, f), f);
      return NORMAL;
    case 'Assert':
      return execAssert(s, f);
    case 'Delete':
      for (const t of s.targets) deleteTarget(t, f);
      return NORMAL;
    case 'Global':
    case 'Nonlocal':
      return NORMAL;
    case 'Import':
      execImport(s, f);
      return NORMAL;
    case 'ImportFrom':
      execImportFrom(s, f);
      return NORMAL;
    case 'With':
      return execWith(s, f);
    case 'Match':
      return execMatch(s, f);
    default: {
      const never: never = s;
      throw new Error(`unknown statement kind ${(never as Stmt).kind}`);
    }
  }
}

function execAssign(s: Assign, f: Frame): Completion {
  const v = evalExpr(s.value, f);
  const targets = s.targets;
  for (let i = 0; i < targets.length; i++) assignTo(targets[i]!, v, f);
  return NORMAL;
}

function execIf(s: If, f: Frame): Completion {
  const c = evalExpr(s.test, f);
  const t = isTrue(c);
  if (S.sink !== null) emitBranch(s.isElif ? 'elif' : 'if', s, c, t, f);
  if (t) return execBlock(s.body, f);
  const orelse = s.orelse;
  if (orelse.length === 1) {
    const only = orelse[0]!;
    if (only.kind === 'If' && only.isElif) return execIf(only, f);
  }
  return orelse.length === 0 ? NORMAL : execBlock(orelse, f);
}

function execAssert(s: Assert, f: Frame): Completion {
  if (isTrue(evalExpr(s.test, f))) return NORMAL;
  if (s.msg === null) throw pyError(AssertionError);
  throw pyError(AssertionError, evalExpr(s.msg, f));
}

/**
 * What `target op= value` reads before the value is evaluated, in CPython's order: the target's container
 * and key, then its current value.
 */
export interface AugTarget {
  obj: PyValue;
  key: PyValue;
  old: PyValue;
}

export function loadAugTarget(s: AugAssign, f: Frame): AugTarget {
  const t = s.target;
  if (t.kind === 'Name') return { obj: null, key: null, old: loadName(t, f) };
  if (t.kind === 'Attribute') {
    const obj = evalExpr(t.value, f);
    return { obj, key: null, old: getAttr(obj, t.attr) };
  }
  if (t.kind === 'Subscript') {
    const obj = evalExpr(t.value, f);
    const key = evalExpr(t.index, f);
    return { obj, key, old: getItem(obj, key) };
  }
  throw pyError(TypeError, "'tuple' is an illegal expression for augmented assignment");
}

export function storeAugTarget(s: AugAssign, f: Frame, target: AugTarget, value: PyValue): void {
  const t = s.target;
  const r = inplace(s.op, target.old, value);
  if (t.kind === 'Name') storeName(t, r, f);
  else if (t.kind === 'Attribute') setAttr(target.obj, t.attr, r);
  else setItem(target.obj, target.key, r);
}

/** `old op= value`, with the int fast path. */
export function inplace(op: BinOpName, old: PyValue, value: PyValue): PyValue {
  if (typeof old === 'bigint' && typeof value === 'bigint') {
    if (op === '+') return old + value;
    if (op === '-') return old - value;
  }
  return inplaceOp(op, old, value);
}

function execAugAssign(s: AugAssign, f: Frame): void {
  const target = loadAugTarget(s, f);
  storeAugTarget(s, f, target, evalExpr(s.value, f));
}

function execFor(s: For, f: Frame): Completion {
  const iterable = evalExpr(s.iter, f);
  const target = s.target;
  const body = s.body;
  const tracing = S.sink !== null;
  let count = 0;
  const c = forEachItem(iterable, s.iter, (v) => {
    if (tracing) emitIteration(target, v, count, f);
    count++;
    if (target.kind === 'Name') storeName(target, v, f);
    else assignTo(target, v, f);
    return execBlock(body, f);
  });
  if (c === RETURN) return c;
  if (c === BREAK) return NORMAL;
  if (tracing) emitLoopExit(s, count, f);
  return s.orelse.length === 0 ? NORMAL : execBlock(s.orelse, f);
}

function execWhile(s: While, f: Frame): Completion {
  let count = 0;
  for (;;) {
    const cond = evalExpr(s.test, f);
    const t = isTrue(cond);
    if (S.sink !== null) emitBranch('while', s, cond, t, f);
    if (!t) break;
    // The test itself counts as a step so that `while x: pass`-like loops still hit the limit.
    if (++S.steps > S.maxSteps) stepLimitExceeded();
    count++;
    const c = execBlock(s.body, f);
    if (c === BREAK) return NORMAL;
    if (c === RETURN) return c;
  }
  if (S.sink !== null) emitLoopExit(s, count, f);
  return s.orelse.length === 0 ? NORMAL : execBlock(s.orelse, f);
}

function deleteTarget(t: Expr, f: Frame): void {
  switch (t.kind) {
    case 'Name':
      return deleteName(t, f);
    case 'Subscript':
      return delItem(evalExpr(t.value, f), evalExpr(t.index, f));
    case 'Attribute':
      return delAttr(evalExpr(t.value, f), t.attr);
    case 'Tuple':
    case 'List':
      for (const e of t.elts) deleteTarget(e, f);
      return;
    default:
      throw pyError(TypeError, 'cannot delete expression');
  }
}
