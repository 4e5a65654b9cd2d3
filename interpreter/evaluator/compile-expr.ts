// Expressions compiled to closures, for untraced runs. A closure does exactly what evalExpr does for its
// node, with the node's fields (kind, operator, local slot) decided once instead of at every evaluation:
// the tree-walker's dispatch and field loads were most of the cost of a simple loop. Kinds without a
// specialized closure fall back to evalExpr, so the two paths share every helper and cannot disagree.

import { binaryOp } from '../objects/arithmetic.ts';
import { getItem } from '../objects/subscript.ts';
import { PyList, PyTuple, type PyValue } from '../objects/values.ts';
import type { BinOp, Call, CmpOpName, Compare, Expr, Name } from '../parser/ast.ts';
import { NameScope } from '../parser/ast.ts';
import { getAttr } from './attributes.ts';
import { callEvaluated, callMethod, callValue, positionalSlots, runFrame } from './calls.ts';
import { compareOp, evalExpr, isTrue } from './expressions.ts';
import type { Frame } from './frame.ts';
import { PyFunction } from './frame.ts';
import { loadName } from './names.ts';

export type Ev = (f: Frame) => PyValue;

export function compileExpr(e: Expr): Ev {
  switch (e.kind) {
    case 'Name':
      return compileName(e);
    case 'Const': {
      const v = e.value;
      return () => v;
    }
    case 'BinOp':
      return compileBinOp(e);
    case 'Compare':
      return compileCompare(e);
    case 'IfExp': {
      const test = compileExpr(e.test);
      const body = compileExpr(e.body);
      const orelse = compileExpr(e.orelse);
      return (f) => (isTrue(test(f)) ? body(f) : orelse(f));
    }
    case 'BoolOp': {
      const left = compileExpr(e.left);
      const right = compileExpr(e.right);
      if (e.op === 'and') {
        return (f) => {
          const a = left(f);
          return isTrue(a) ? right(f) : a;
        };
      }
      return (f) => {
        const a = left(f);
        return isTrue(a) ? a : right(f);
      };
    }
    case 'Not': {
      const operand = compileExpr(e.operand);
      return (f) => !isTrue(operand(f));
    }
    case 'Attribute': {
      const value = compileExpr(e.value);
      const attr = e.attr;
      return (f) => getAttr(value(f), attr);
    }
    case 'Subscript': {
      const value = compileExpr(e.value);
      const index = compileExpr(e.index);
      return (f) => {
        const o = value(f);
        const k = index(f);
        if (o instanceof PyList && typeof k === 'bigint' && o.constructor === PyList) {
          const items = o.items;
          let i = Number(k);
          if (i < 0) i += items.length;
          if (i >= 0 && i < items.length) return items[i]!;
        }
        return getItem(o, k);
      };
    }
    case 'Call':
      if (e.simple) return compileCall(e);
      break;
    case 'Tuple':
    case 'List':
      if (!e.elts.some((x) => x.kind === 'Starred')) {
        const elts = e.elts.map(compileExpr);
        return e.kind === 'Tuple'
          ? (f) => new PyTuple(evalAll(elts, f))
          : (f) => new PyList(evalAll(elts, f));
      }
      break;
  }
  return (f) => evalExpr(e, f);
}

function evalAll(elts: Ev[], f: Frame): PyValue[] {
  const n = elts.length;
  const out: PyValue[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = elts[i]!(f);
  return out;
}

function compileName(e: Name): Ev {
  if (e.scope === NameScope.Fast) {
    const i = e.index;
    return (f) => {
      const v = f.fast[i];
      return v === undefined ? loadName(e, f) : v;
    };
  }
  return (f) => loadName(e, f);
}

function compileBinOp(e: BinOp): Ev {
  const l = compileExpr(e.left);
  const r = compileExpr(e.right);
  const op = e.op;
  switch (op) {
    case '+':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a + b : binaryOp(op, a, b);
      };
    case '-':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a - b : binaryOp(op, a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a * b : binaryOp(op, a, b);
      };
    // Truncating and floor division agree when neither operand is negative.
    case '%':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' && b > 0n && a >= 0n
          ? a % b
          : binaryOp(op, a, b);
      };
    case '//':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' && b > 0n && a >= 0n
          ? a / b
          : binaryOp(op, a, b);
      };
    default:
      return (f) => {
        const a = l(f);
        return binaryOp(op, a, r(f));
      };
  }
}

function compileCompare(e: Compare): Ev {
  const left = compileExpr(e.left);
  const rights = e.comparators.map(compileExpr);
  const ops = e.ops;
  if (ops.length === 1) return compileCompareOp(ops[0]!, left, rights[0]!);
  const n = ops.length;
  return (f) => {
    let a = left(f);
    for (let i = 0; i < n; i++) {
      const b = rights[i]!(f);
      const r = compareOp(ops[i]!, a, b);
      if (i === n - 1 || !isTrue(r)) return r;
      a = b;
    }
    return true;
  };
}

function compileCompareOp(op: CmpOpName, l: Ev, r: Ev): Ev {
  switch (op) {
    case '<':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a < b : compareOp(op, a, b);
      };
    case '<=':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a <= b : compareOp(op, a, b);
      };
    case '>':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a > b : compareOp(op, a, b);
      };
    case '>=':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a >= b : compareOp(op, a, b);
      };
    case '==':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a === b : compareOp(op, a, b);
      };
    case '!=':
      return (f) => {
        const a = l(f);
        const b = r(f);
        return typeof a === 'bigint' && typeof b === 'bigint' ? a !== b : compareOp(op, a, b);
      };
    default:
      return (f) => {
        const a = l(f);
        return compareOp(op, a, r(f));
      };
  }
}

function compileCall(e: Call): Ev {
  const args = e.args.map(compileExpr);
  const n = args.length;
  const fn = e.func;
  if (fn.kind === 'Attribute') {
    const obj = compileExpr(fn.value);
    return (f) => {
      const o = obj(f);
      return callMethod(fn, o, withReceiver(o, args, f));
    };
  }
  const callee = compileExpr(fn);
  return (f) => {
    const c = callee(f);
    if (c instanceof PyFunction) {
      const frame = positionalSlots(c, n);
      if (frame === null) return callValue(c, evalAll(args, f), null);
      const fast = frame.fast;
      for (let i = 0; i < n; i++) fast[i] = args[i]!(f);
      return runFrame(c, frame);
    }
    if (c === e.cacheType) return e.cacheNew!.impl(withReceiver(c, args, f), null);
    return callEvaluated(e, c, evalAll(args, f), f);
  };
}

function withReceiver(o: PyValue, args: Ev[], f: Frame): PyValue[] {
  const n = args.length;
  if (n === 0) return [o];
  if (n === 1) return [o, args[0]!(f)];
  const out: PyValue[] = new Array(n + 1);
  out[0] = o;
  for (let i = 0; i < n; i++) out[i + 1] = args[i]!(f);
  return out;
}
