// List/set/dict comprehensions and generator expressions. Each runs in its own frame (its loop variables
// do not leak); the first iterable is evaluated in the enclosing scope, as in CPython.

import { getIterator } from '../objects/iteration.ts';
import { checkSize } from '../objects/runtime.ts';
import { PyDict, PyList, PySet, PyTuple, type PyValue } from '../objects/values.ts';
import type { Comprehension } from '../parser/ast.ts';
import { assignTo } from './assign.ts';
import { evalExpr, isTrue } from './expressions.ts';
import { Cell, Frame, S, stepLimitExceeded } from './frame.ts';
import { closeGenerator, PyGenerator } from './generators.ts';
import { emitBranch, emitIteration } from './trace.ts';
import { isExactSequence } from './builtin-dunders.ts';

export function compFrame(e: Comprehension, f: Frame): Frame {
  const code = e.code;
  let cells: Cell[] = [];
  if (code.cellNames.length > 0) {
    cells = [];
    for (let i = 0; i < code.ownCellCount; i++) cells.push(new Cell(undefined));
    for (const i of code.freeSources) cells.push(f.cells[i]!);
  }
  return new Frame(code, f.globals, cells, null, f.func);
}

export function evalComprehension(e: Comprehension, f: Frame): PyValue {
  const first = evalExpr(e.generators[0]!.iter, f);
  const frame = compFrame(e, f);
  switch (e.kind) {
    case 'GeneratorExp': {
      const it = getIterator(first);
      return new PyGenerator(genExprBody(e, frame, it), '<genexpr>', e.code.qualname, frame);
    }
    case 'ListComp': {
      const out: PyValue[] = [];
      inFrame(frame, () =>
        loop(e, frame, 0, first, () => {
          out.push(evalExpr(e.elt, frame));
          if ((out.length & 0xffff) === 0) checkSize(out.length);
        }),
      );
      return new PyList(out);
    }
    case 'SetComp': {
      const s = new PySet();
      inFrame(frame, () => loop(e, frame, 0, first, () => s.table.set(evalExpr(e.elt, frame), true)));
      return s;
    }
    case 'DictComp': {
      const d = new PyDict();
      inFrame(frame, () =>
        loop(e, frame, 0, first, () => {
          const k = evalExpr(e.elt, frame);
          d.table.set(k, evalExpr(e.value!, frame));
        }),
      );
      return d;
    }
  }
}

/** Runs a comprehension's loop with its frame as S.frame (its own scope for eval, locals and dir). */
export function inFrame(frame: Frame, run: () => void): void {
  const caller = S.frame;
  S.frame = frame;
  try {
    run();
  } finally {
    S.frame = caller;
  }
}

/** Binds the target and tests the `if` clauses; true when the element should be produced. */
function accept(e: Comprehension, gi: number, v: PyValue, index: number, frame: Frame): boolean {
  if (++S.steps > S.maxSteps) stepLimitExceeded();
  const g = e.generators[gi]!;
  if (S.sink !== null) emitIteration(g.target, v, index, frame);
  assignTo(g.target, v, frame);
  for (const cond of g.ifs) {
    const c = evalExpr(cond, frame);
    const t = isTrue(c);
    if (S.sink !== null) emitBranch('comprehension-if', cond, c, t, frame);
    if (!t) return false;
  }
  return true;
}

function loop(e: Comprehension, frame: Frame, gi: number, iterable: PyValue, add: () => void): void {
  const last = gi === e.generators.length - 1;
  const step = (v: PyValue, index: number): void => {
    if (!accept(e, gi, v, index, frame)) return;
    if (last) add();
    else loop(e, frame, gi + 1, evalExpr(e.generators[gi + 1]!.iter, frame), add);
  };
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && isExactSequence(iterable)) {
    const items = iterable.items;
    for (let i = 0; i < items.length; i++) step(items[i]!, i);
    return;
  }
  const it = getIterator(iterable);
  for (let i = 0; ; i++) {
    const v = it.next();
    if (v === undefined) return;
    step(v, i);
  }
}

function* genExprBody(e: Comprehension, frame: Frame, it: PyValue): Generator<PyValue, PyValue, PyValue> {
  try {
    return yield* genLoop(e, frame, 0, it);
  } finally {
    // Closing a generator expression drops its source; a generator source is finalized then (CPython
    // reference counting), running its `finally` blocks.
    if (it instanceof PyGenerator) closeGenerator(it);
  }
}

function* genLoop(
  e: Comprehension,
  frame: Frame,
  gi: number,
  iterable: PyValue,
): Generator<PyValue, PyValue, PyValue> {
  const last = gi === e.generators.length - 1;
  const it = getIterator(iterable);
  for (let i = 0; ; i++) {
    const v = it.next();
    if (v === undefined) return null;
    if (!accept(e, gi, v, i, frame)) continue;
    if (last) yield evalExpr(e.elt, frame);
    else yield* genLoop(e, frame, gi + 1, evalExpr(e.generators[gi + 1]!.iter, frame));
  }
}
