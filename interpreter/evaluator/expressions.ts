// Expression evaluation: the single dispatch over expression kinds. Every expression passes through
// evalExpr, which is also the tracer's chokepoint (one null check when no sink is attached).

import { buildSetDisplay } from '../builtins/set.ts';
import { binaryOp, unaryOp } from '../objects/arithmetic.ts';
import { richCompare } from '../objects/compare.ts';
import { SystemError, TypeError, pyError } from '../objects/exceptions.ts';
import { formatValue } from '../objects/format.ts';
import { toArray } from '../objects/iteration.ts';
import { asciiRepr, repr, str } from '../objects/repr.ts';
import { checkSize } from '../objects/runtime.ts';
import { contains, getItem } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import { PyDict, PyList, PySet, PySlice, PyTuple, type PyValue } from '../objects/values.ts';
import type {
  BinOpName,
  BoolOp,
  CmpOpName,
  Compare,
  DictExpr,
  Expr,
  IfExp,
  JoinedStr,
  NamedExpr,
  SetExpr,
  SliceExpr,
  Subscript,
  UnaryOp,
} from '../parser/ast.ts';
import { UnsupportedError } from '../parser/errors.ts';
import { getAttr } from './attributes.ts';
import { evalCall, mergeMapping } from './calls.ts';
import { evalComprehension } from './comprehensions.ts';
import { S, type Frame } from './frame.ts';
import { makeFunction } from './functions.ts';
import { loadName, storeName } from './names.ts';
import { emitBranch, emitExpression } from './trace.ts';

/** Set by tracedExpr so that the next evalExpr entry evaluates instead of tracing again. */
let untracedEntry = false;

// evalExpr is the dispatch itself (no wrapper frame): every nested expression and every Python call adds
// host frames, and deep Python recursion must fit in the host stack. Each case only selects a helper, which
// keeps this frame small.
export function evalExpr(e: Expr, f: Frame): PyValue {
  if (S.sink !== null) {
    if (!untracedEntry) return tracedExpr(e, f);
    untracedEntry = false;
  }
  switch (e.kind) {
    case 'Name':
      return loadName(e, f);
    case 'Const':
      return e.value;
    case 'BinOp':
      // Operands are evaluated in this frame, not a helper's: recursion through `1 + f(n - 1)` stays shallow.
      return binary(e.op, evalExpr(e.left, f), evalExpr(e.right, f));
    case 'Call':
      return evalCall(e, f);
    case 'Attribute':
      return getAttr(evalExpr(e.value, f), e.attr);
    case 'Subscript':
      return evalSubscript(e, f);
    case 'Compare':
      return evalCompare(e, f);
    case 'BoolOp':
      return evalBoolOp(e, f);
    case 'Not':
      return !isTrue(evalExpr(e.operand, f));
    case 'UnaryOp':
      return evalUnaryOp(e, f);
    case 'IfExp':
      return evalExpr(ifExpBranch(e, f), f);
    case 'Tuple':
      return new PyTuple(evalElements(e.elts, f));
    case 'List':
      return new PyList(evalElements(e.elts, f));
    case 'Set':
      return evalSet(e, f);
    case 'Dict':
      return evalDict(e, f);
    case 'JoinedStr':
      return evalJoinedStr(e, f);
    case 'Slice':
      return evalSlice(e, f);
    case 'Lambda':
      return makeFunction(e.code, e.defaults, e.kwDefaults, f);
    case 'NamedExpr':
      return evalNamedExpr(e, f);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return evalComprehension(e, f);
    case 'Starred':
      throw pyError(SystemError, "can't use starred expression here");
    case 'Yield':
    case 'YieldFrom':
      // Generator bodies run in generators.ts; reaching here means a yield in an unsupported position.
      throw new UnsupportedError(
        `${e.kind === 'Yield' ? 'yield' : 'yield from'} in this position`,
        e.line,
        e.col,
      );
    default: {
      const never: never = e;
      throw new Error(`unknown expression kind ${(never as Expr).kind}`);
    }
  }
}

function tracedExpr(e: Expr, f: Frame): PyValue {
  untracedEntry = true;
  const v = evalExpr(e, f);
  emitExpression(e, v, f);
  return v;
}

/** Truth test with the bool fast path inlined. */
export function isTrue(v: PyValue): boolean {
  return v === true || (v !== false && truthy(v));
}

function binary(op: BinOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    // Truncating and floor division agree when neither operand is negative.
    if (b > 0n && a >= 0n) {
      if (op === '%') return a % b;
      if (op === '//') return a / b;
    }
  }
  return binaryOp(op, a, b);
}

function evalSubscript(e: Subscript, f: Frame): PyValue {
  const o = evalExpr(e.value, f);
  return getItem(o, evalExpr(e.index, f));
}

function evalBoolOp(e: BoolOp, f: Frame): PyValue {
  const a = evalExpr(e.left, f);
  const t = isTrue(a);
  const shortCircuit = e.op === 'and' ? !t : t;
  if (S.sink !== null) emitBranch(e.op, e, a, shortCircuit, f);
  return shortCircuit ? a : evalExpr(e.right, f);
}

function evalUnaryOp(e: UnaryOp, f: Frame): PyValue {
  const v = evalExpr(e.operand, f);
  if (e.op === '-' && typeof v === 'bigint') return -v;
  return unaryOp(e.op, v);
}

/** Evaluates the condition and answers the branch to evaluate next. */
function ifExpBranch(e: IfExp, f: Frame): Expr {
  const c = evalExpr(e.test, f);
  const t = isTrue(c);
  if (S.sink !== null) emitBranch('ternary', e, c, t, f);
  return t ? e.body : e.orelse;
}

function evalSet(e: SetExpr, f: Frame): PySet {
  return buildSetDisplay(evalElements(e.elts, f), e.elts.every(isFoldedConstant));
}

/**
 * Whether CPython's AST optimizer turns the expression into a constant (literals, signed numbers, tuples of
 * constants): an all-constant set display is built from a frozenset constant, which changes its order.
 */
function isFoldedConstant(e: Expr): boolean {
  if (e.kind === 'Const') return true;
  if (e.kind === 'UnaryOp') return e.operand.kind === 'Const' && typeof e.operand.value !== 'string';
  if (e.kind === 'Tuple') return e.elts.every(isFoldedConstant);
  return false;
}

function evalDict(e: DictExpr, f: Frame): PyDict {
  const d = new PyDict();
  for (let i = 0; i < e.keys.length; i++) {
    const k = e.keys[i]!;
    if (k === null) mergeMapping(d, evalExpr(e.values[i]!, f), null);
    else {
      const key = evalExpr(k, f);
      d.table.set(key, evalExpr(e.values[i]!, f));
    }
  }
  return d;
}

function evalSlice(e: SliceExpr, f: Frame): PySlice {
  return new PySlice(
    e.lower === null ? null : evalExpr(e.lower, f),
    e.upper === null ? null : evalExpr(e.upper, f),
    e.step === null ? null : evalExpr(e.step, f),
  );
}

function evalNamedExpr(e: NamedExpr, f: Frame): PyValue {
  const v = evalExpr(e.value, f);
  storeName(e.target, v, f);
  return v;
}

/** Evaluates display elements, expanding `*iterable`. */
export function evalElements(elts: Expr[], f: Frame): PyValue[] {
  const out: PyValue[] = new Array(elts.length);
  let star = false;
  for (let i = 0; i < elts.length; i++) {
    const x = elts[i]!;
    if (x.kind === 'Starred') {
      star = true;
      break;
    }
    out[i] = evalExpr(x, f);
  }
  if (!star) return out;
  const res: PyValue[] = [];
  for (const x of elts) {
    if (x.kind === 'Starred') {
      const items = toArray(evalExpr(x.value, f));
      for (const v of items) res.push(v);
      checkSize(res.length);
    } else res.push(evalExpr(x, f));
  }
  return res;
}

function evalCompare(e: Compare, f: Frame): PyValue {
  let left = evalExpr(e.left, f);
  const n = e.ops.length;
  if (n === 1) return compareOp(e.ops[0]!, left, evalExpr(e.comparators[0]!, f));
  for (let i = 0; i < n; i++) {
    const right = evalExpr(e.comparators[i]!, f);
    const r = compareOp(e.ops[i]!, left, right);
    if (i === n - 1) return r;
    if (!isTrue(r)) return r;
    left = right;
  }
  return true;
}

export function compareOp(op: CmpOpName, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      case '>=':
        return a >= b;
      case '==':
        return a === b;
      case '!=':
        return a !== b;
    }
  }
  switch (op) {
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
    default:
      return richCompare(op, a, b);
  }
}

function evalJoinedStr(e: JoinedStr, f: Frame): string {
  let out = '';
  for (const p of e.parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    let v = evalExpr(p.value, f);
    if (p.conversion === 'r') v = repr(v);
    else if (p.conversion === 's') v = str(v);
    else if (p.conversion === 'a') v = asciiRepr(v);
    if (p.spec === null) out += typeof v === 'string' ? v : formatValue(v, '');
    else out += formatValue(v, evalJoinedStr(p.spec, f));
    checkSize(out.length);
  }
  return out;
}

/** Raised for `*` in a position where CPython's compiler rejects it. */
export function starredError(): never {
  throw pyError(TypeError, 'starred assignment target must be in a list or tuple');
}
