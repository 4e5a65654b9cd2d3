// List, set and dict comprehensions compiled to closures (see compile-expr.ts), with the semantics of
// comprehensions.ts: their own frame, the first iterable evaluated in the enclosing scope, one step per
// item taken. Generator expressions stay with the tree-walker, which can suspend them.

import { checkSize } from '../objects/runtime.ts';
import { shared } from '../objects/small-ints.ts';
import { PyDict, PyList, PySet, type PyValue } from '../objects/values.ts';
import type { Comprehension } from '../parser/ast.ts';
import { compileExpr, type Ev } from './compile-expr.ts';
import { compileStore, type Store } from './compile-target.ts';
import { compFrame, inFrame } from './comprehensions.ts';
import { evalExpr, isTrue } from './expressions.ts';
import { NORMAL, S, stepLimitExceeded, type Frame } from './frame.ts';
import { forEachItem } from './for-loop.ts';

interface Clause {
  /** The iterable of every clause but the first, evaluated in the comprehension's frame. */
  iter: Ev | null;
  store: Store;
  ifs: Ev[];
}

/** Receives each produced element; the comprehension's frame is passed in. */
type Add = (frame: Frame) => void;

export function compileComprehension(e: Comprehension): Ev {
  if (e.kind === 'GeneratorExp') return (f) => evalExpr(e, f);
  const first = compileExpr(e.generators[0]!.iter);
  const clauses: Clause[] = e.generators.map((g, i) => ({
    iter: i === 0 ? null : compileExpr(g.iter),
    store: compileStore(g.target),
    ifs: g.ifs.map(compileExpr),
  }));
  const elt = compileExpr(e.elt);
  const loop = (gi: number, iterable: PyValue, frame: Frame, add: Add): void => {
    const c = clauses[gi]!;
    const last = gi === clauses.length - 1;
    // The items come as for a `for` statement; no clause breaks out, so every step is NORMAL.
    forEachItem(iterable, e.generators[gi]!.iter, (v) => {
      if (++S.steps > S.maxSteps) stepLimitExceeded();
      c.store(frame, v);
      for (let j = 0; j < c.ifs.length; j++) if (!isTrue(c.ifs[j]!(frame))) return NORMAL;
      if (last) add(frame);
      else loop(gi + 1, clauses[gi + 1]!.iter!(frame), frame, add);
      return NORMAL;
    });
  };
  switch (e.kind) {
    case 'ListComp':
      return (f) => {
        const iterable = first(f);
        const out: PyValue[] = [];
        const frame = compFrame(e, f);
        inFrame(frame, () =>
          loop(0, iterable, frame, (fr) => {
            const v = elt(fr);
            out.push(typeof v === 'bigint' ? shared(v) : v);
            if ((out.length & 0xffff) === 0) checkSize(out.length);
          }),
        );
        return new PyList(out);
      };
    case 'SetComp':
      return (f) => {
        const iterable = first(f);
        const s = new PySet();
        const frame = compFrame(e, f);
        inFrame(frame, () => loop(0, iterable, frame, (fr) => s.table.set(elt(fr), true)));
        return s;
      };
    case 'DictComp': {
      const value = compileExpr(e.value!);
      return (f) => {
        const iterable = first(f);
        const d = new PyDict();
        const frame = compFrame(e, f);
        inFrame(frame, () =>
          loop(0, iterable, frame, (fr) => {
            const k = elt(fr);
            d.table.set(k, value(fr));
          }),
        );
        return d;
      };
    }
  }
}
