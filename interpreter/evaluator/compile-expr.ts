// Expressions compiled to closures, for untraced runs. A closure does exactly what evalExpr does for its
// node, with the node's fields (kind, operator, local slot) decided once instead of at every evaluation:
// the tree-walker's dispatch and field loads were most of the cost of a simple loop. Kinds without a
// specialized closure fall back to evalExpr, so the two paths share every helper.

import { binaryOp, unaryOp } from '../objects/arithmetic.ts';
import { getItem } from '../objects/subscript.ts';
import { PyList, PyTuple, type PyValue } from '../objects/values.ts';
import type { BinOp, CmpOpName, Compare, Expr, Name } from '../parser/ast.ts';
import { NameScope } from '../parser/ast.ts';
import { getAttr } from './attributes.ts';
import { compileCall } from './compile-call.ts';
import { compileComprehension } from './compile-comprehension.ts';
import { compareOp, evalExpr, isTrue } from './expressions.ts';
import type { Frame } from './frame.ts';
import { loadName, storeName } from './names.ts';

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
    case 'UnaryOp': {
      const operand = compileExpr(e.operand);
      const op = e.op;
      return (f) => {
        const v = operand(f);
        return op === '-' && typeof v === 'bigint' ? -v : unaryOp(op, v);
      };
    }
    case 'Attribute': {
      const value = compileExpr(e.value);
      const attr = e.attr;
      return (f) => getAttr(value(f), attr);
    }
    case 'Subscript': {
      const value = compileExpr(e.value);
      const index = compileExpr(e.index);
      return (f) => getItem(value(f), index(f));
    }
    case 'Call':
      return compileCall(e);
    case 'Tuple':
    case 'List': {
      if (e.elts.some((x) => x.kind === 'Starred')) break;
      const elts = e.elts.map(compileExpr);
      return e.kind === 'Tuple' ? (f) => new PyTuple(evalAll(elts, f)) : (f) => new PyList(evalAll(elts, f));
    }
    case 'NamedExpr': {
      const value = compileExpr(e.value);
      const target = e.target;
      return (f) => {
        const v = value(f);
        storeName(target, v, f);
        return v;
      };
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
      return compileComprehension(e);
  }
  return (f) => evalExpr(e, f);
}

export function evalAll(elts: Ev[], f: Frame): PyValue[] {
  const n = elts.length;
  if (n === 0) return [];
  if (n === 1) return [elts[0]!(f)];
  if (n === 2) {
    const a = elts[0]!(f);
    return [a, elts[1]!(f)];
  }
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

// One closure per operator, each with its int fast path: the operator is known here, not tested per
// evaluation. Truncating and floor division (and remainder) agree when neither operand is negative.
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
