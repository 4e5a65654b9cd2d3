// Call expressions compiled to closures (see compile-expr.ts). Arguments of a user function with a plain
// signature go straight into the new frame's fast slots; everything else goes through the same call
// protocol as the tree-walker (calls.ts).

import { PyDict, PyList, type PyValue } from '../objects/values.ts';
import type { Call } from '../parser/ast.ts';
import {
  callEvaluated,
  callLookedUp,
  callValue,
  lookupMethod,
  methodNeedsReceiver,
  positionalSlots,
  runFrame,
} from './calls.ts';
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
    const method = (f: Frame, o: PyValue): PyValue => {
      const m = lookupMethod(fn, o);
      if (methodNeedsReceiver()) return callLookedUp(m, true, withReceiver(o, args, f));
      return callLookedUp(m, false, evalAll(args, f));
    };
    return hotMethod(fn.attr, obj, args, method) ?? ((f) => method(f, obj(f)));
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

/**
 * `lst.append(x)` and `d.get(k[, default])` on an exact list or dict, the method calls loops make most:
 * done inline, without an argument array. Builtin types cannot be changed by programs, so for exact
 * instances this is what the method does; any other receiver takes the general path, `method`.
 */
function hotMethod(attr: string, obj: Ev, args: Ev[], method: (f: Frame, o: PyValue) => PyValue): Ev | null {
  if (attr === 'append' && args.length === 1) {
    const arg = args[0]!;
    return (f) => {
      const o = obj(f);
      if (!(o instanceof PyList && o.constructor === PyList)) return method(f, o);
      const v = arg(f);
      o.append(v);
      return null;
    };
  }
  if (attr === 'get' && (args.length === 1 || args.length === 2)) {
    const key = args[0]!;
    const dflt = args.length === 2 ? args[1]! : null;
    return (f) => {
      const o = obj(f);
      if (!(o instanceof PyDict && o.constructor === PyDict)) return method(f, o);
      const k = key(f);
      const d = dflt === null ? null : dflt(f);
      const v = o.table.get(k);
      return v === undefined ? d : v;
    };
  }
  return null;
}
