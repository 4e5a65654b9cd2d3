// Call expressions compiled to closures (see compile-expr.ts). Arguments of a user function with a plain
// signature go straight into the new frame's fast slots; everything else goes through the same call
// protocol as the tree-walker (calls.ts).

import type { PyValue } from '../objects/values.ts';
import type { Call } from '../parser/ast.ts';
import { callEvaluated, callMethod, callValue, positionalSlots, runFrame } from './calls.ts';
import { compileExpr, evalAll, type Ev } from './compile-expr.ts';
import { evalExpr } from './expressions.ts';
import { PyFunction, type Frame } from './frame.ts';

export function compileCall(e: Call): Ev {
  // `*args`, `**kwargs` and keywords are rare in loops; the tree-walker handles them.
  if (!e.simple) return (f) => evalExpr(e, f);
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

/** The receiver followed by the evaluated arguments: the argument list of a method or a constructor. */
function withReceiver(o: PyValue, args: Ev[], f: Frame): PyValue[] {
  const n = args.length;
  if (n === 0) return [o];
  if (n === 1) return [o, args[0]!(f)];
  if (n === 2) {
    const a = args[0]!(f);
    return [o, a, args[1]!(f)];
  }
  const out: PyValue[] = new Array(n + 1);
  out[0] = o;
  for (let i = 0; i < n; i++) out[i + 1] = args[i]!(f);
  return out;
}
