// Creating function objects from `def` and `lambda`: defaults are evaluated once, at definition time, and
// free variables capture the defining frame's cells.

import type { PyValue } from '../objects/values.ts';
import type { Expr, FunctionCode, FunctionDef } from '../parser/ast.ts';
import { callValue } from './calls.ts';
import { evalExpr } from './expressions.ts';
import { PyFunction, type Cell, type Frame } from './frame.ts';
import { storeName } from './names.ts';

export function makeFunction(
  code: FunctionCode,
  defaults: Expr[],
  kwDefaults: (Expr | null)[],
  f: Frame,
): PyFunction {
  const dv: PyValue[] = defaults.length === 0 ? [] : defaults.map((d) => evalExpr(d, f));
  const kv: (PyValue | undefined)[] = kwDefaults.map((d) => (d === null ? undefined : evalExpr(d, f)));
  const closure: Cell[] = code.freeSources.length === 0 ? [] : code.freeSources.map((i) => f.cells[i]!);
  return new PyFunction(code, f.globals, dv, kv, closure);
}

export function execFunctionDef(s: FunctionDef, f: Frame): void {
  // Decorators are evaluated before the function is created and applied innermost first.
  const decorators = s.decorators.map((d) => evalExpr(d, f));
  let v: PyValue = makeFunction(s.code, s.defaults, s.kwDefaults, f);
  for (let i = decorators.length - 1; i >= 0; i--) v = callValue(decorators[i]!, [v], null);
  storeName(s.name, v, f);
}
