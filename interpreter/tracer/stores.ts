// Stores to subscripts and attributes, which produce no bind event: how their `set` line names the target
// (`d['a']`, `self.items[0]`: the container as written, index expressions replaced by their values) and
// how an augmented assignment's old and new values are read. Reads here never run Python code: only
// lists, tuples, dicts and plain instance attributes are looked into, so tracing cannot change the program.

import type { Frame } from '../evaluator/frame.ts';
import { PyDict, PyInstance, PyList, PyTuple, type PyValue } from '../objects/values.ts';
import { NameScope, type Expr, type Name } from '../parser/ast.ts';
import { unparseTarget } from './unparse.ts';

/** `d[k]` with the index values substituted, `self.x`, or a name. */
export function storeTargetText(
  target: Expr,
  values: ReadonlyMap<Expr, PyValue>,
  reprOf: (v: PyValue) => string,
): string {
  const subs = new Map<Expr, string>();
  const collect = (node: Expr): void => {
    if (node.kind === 'Subscript') {
      collect(node.value);
      const v = values.get(node.index);
      if (v !== undefined && node.index.kind !== 'Slice') subs.set(node.index, reprOf(v));
      else if (node.index.kind === 'Slice') {
        for (const part of [node.index.lower, node.index.upper, node.index.step]) {
          const pv = part === null ? undefined : values.get(part);
          if (part !== null && pv !== undefined) subs.set(part, reprOf(pv));
        }
      }
    } else if (node.kind === 'Attribute') collect(node.value);
  };
  collect(target);
  return unparseTarget(target, subs);
}

/** The value now stored at `target`, read back after an augmented assignment; undefined when unknown. */
export function readStoredValue(target: Expr, values: ReadonlyMap<Expr, PyValue>): PyValue | undefined {
  if (target.kind === 'Subscript') {
    return lookInto(values.get(target.value), values.get(target.index));
  }
  if (target.kind === 'Attribute') {
    const obj = values.get(target.value);
    return obj instanceof PyInstance ? obj.dict.get(target.attr) : undefined;
  }
  return undefined;
}

/**
 * The values of an augmented assignment's target and its parts before the statement runs (CPython reads
 * the target first), as [node, value] pairs in evaluation order; only for targets built from names and
 * constants.
 */
export function peekAugmentedTarget(target: Expr, frame: Frame): [Expr, PyValue][] {
  if (target.kind === 'Name') {
    const v = readName(target, frame);
    return v === undefined ? [] : [[target, v]];
  }
  if (target.kind === 'Subscript' && target.value.kind === 'Name') {
    const container = readName(target.value, frame);
    const key =
      target.index.kind === 'Name'
        ? readName(target.index, frame)
        : target.index.kind === 'Const'
          ? target.index.value
          : undefined;
    if (container === undefined || key === undefined) return [];
    const item = lookInto(container, key);
    if (item === undefined) return [];
    const parts: [Expr, PyValue][] = [[target.value, container]];
    if (target.index.kind === 'Name') parts.push([target.index, key]);
    parts.push([target, item]);
    return parts;
  }
  if (target.kind === 'Attribute' && target.value.kind === 'Name') {
    const obj = readName(target.value, frame);
    const v = obj instanceof PyInstance ? obj.dict.get(target.attr) : undefined;
    return obj === undefined || v === undefined ? [] : [[target, v]];
  }
  return [];
}

function readName(name: Name, frame: Frame): PyValue | undefined {
  switch (name.scope) {
    case NameScope.Fast:
      return frame.fast[name.index];
    case NameScope.Cell:
      return frame.cells[name.index]?.value;
    case NameScope.Global:
      return frame.globals.get(name.id);
    case NameScope.ClassBody:
      return frame.ns?.get(name.id);
  }
}

/** `container[key]` for lists, tuples and dicts with simple keys; undefined otherwise or when absent. */
function lookInto(container: PyValue | undefined, key: PyValue | undefined): PyValue | undefined {
  if (container === undefined || key === undefined) return undefined;
  if ((container instanceof PyList || container instanceof PyTuple) && typeof key === 'bigint') {
    const n = container.items.length;
    const i = Number(key < 0n ? key + BigInt(n) : key);
    return i >= 0 && i < n ? container.items[i] : undefined;
  }
  if (container instanceof PyDict && (typeof key !== 'object' || key === null || key instanceof PyTuple)) {
    return container.table.get(key);
  }
  return undefined;
}
