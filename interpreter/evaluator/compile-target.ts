// Assignment targets compiled to closures (see compile-expr.ts): plain stores and augmented assignment.

import { getItem, setItem } from '../objects/subscript.ts';
import { PyList, PyTuple, type PyValue } from '../objects/values.ts';
import type { AugAssign, Expr } from '../parser/ast.ts';
import { NameScope } from '../parser/ast.ts';
import { assignTo } from './assign.ts';
import { getAttr, setAttr } from './attributes.ts';
import { compileExpr } from './compile-expr.ts';
import { NORMAL, type Completion, type Frame } from './frame.ts';
import { loadName, storeName } from './names.ts';
import { inplace, loadAugTarget, storeAugTarget } from './statements.ts';

export type Store = (f: Frame, v: PyValue) => void;

export function compileStore(t: Expr): Store {
  switch (t.kind) {
    case 'Name': {
      if (t.scope !== NameScope.Fast) return (f, v) => storeName(t, v, f);
      const i = t.index;
      return (f, v) => {
        f.fast[i] = v;
      };
    }
    case 'Subscript': {
      const obj = compileExpr(t.value);
      const index = compileExpr(t.index);
      return (f, v) => {
        const o = obj(f);
        setItem(o, index(f), v);
      };
    }
    case 'Attribute': {
      const obj = compileExpr(t.value);
      const attr = t.attr;
      return (f, v) => setAttr(obj(f), attr, v);
    }
    case 'Tuple':
    case 'List':
      if (!t.elts.some((x) => x.kind === 'Starred')) return compileUnpack(t, t.elts.map(compileStore));
  }
  return (f, v) => assignTo(t, v, f);
}

/**
 * `a, b = v` for an exact tuple or list of the right length; anything else (an iterator, a wrong length
 * and its ValueError) goes through assignTo. All items are taken before the first store, as CPython's
 * UNPACK_SEQUENCE does: a store may change the list being unpacked.
 */
function compileUnpack(t: Expr, stores: Store[]): Store {
  const n = stores.length;
  return (f, v) => {
    if (
      (v instanceof PyTuple && v.constructor === PyTuple) ||
      (v instanceof PyList && v.constructor === PyList)
    ) {
      const items = v.items;
      if (items.length === n) {
        if (n === 2) {
          const a = items[0]!;
          const b = items[1]!;
          stores[0]!(f, a);
          stores[1]!(f, b);
          return;
        }
        const taken = items.slice();
        for (let i = 0; i < n; i++) stores[i]!(f, taken[i]!);
        return;
      }
    }
    assignTo(t, v, f);
  };
}

/** `target op= value`: the target's container, key and current value are taken before the value. */
export function compileAugAssign(s: AugAssign): (f: Frame) => Completion {
  const value = compileExpr(s.value);
  const op = s.op;
  const t = s.target;
  switch (t.kind) {
    case 'Name': {
      if (t.scope !== NameScope.Fast) {
        return (f) => {
          const old = loadName(t, f);
          storeName(t, inplace(op, old, value(f)), f);
          return NORMAL;
        };
      }
      const i = t.index;
      return (f) => {
        let old = f.fast[i];
        if (old === undefined) old = loadName(t, f);
        const v = value(f);
        f.fast[i] = inplace(op, old, v);
        return NORMAL;
      };
    }
    case 'Subscript': {
      const obj = compileExpr(t.value);
      const index = compileExpr(t.index);
      return (f) => {
        const o = obj(f);
        const k = index(f);
        const old = getItem(o, k);
        setItem(o, k, inplace(op, old, value(f)));
        return NORMAL;
      };
    }
    case 'Attribute': {
      const obj = compileExpr(t.value);
      const attr = t.attr;
      return (f) => {
        const o = obj(f);
        const old = getAttr(o, attr);
        setAttr(o, attr, inplace(op, old, value(f)));
        return NORMAL;
      };
    }
  }
  return (f) => {
    const target = loadAugTarget(s, f);
    storeAugTarget(s, f, target, value(f));
    return NORMAL;
  };
}
