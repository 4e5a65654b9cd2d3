// What the tracer remembers about each running frame: the statement it is in, the expression being reduced,
// stores still to be written, and the last repr shown for each variable. The variable snapshot is how
// mutations become visible: after anything that may mutate (a call, a subscript store, a statement), the
// variables whose repr changed without being reassigned get a `state` line, aliases included.

import { PyExceptionObject } from '../objects/exceptions.ts';
import { PyInstance, type PyValue } from '../objects/values.ts';
import type { Expr, Stmt } from '../parser/ast.ts';
import type { Frame } from '../evaluator/frame.ts';
import type { Reduction } from './reduction.ts';

/** visible: a function or lambda (call/return lines); hidden: a comprehension; silent: a class body. */
export type FrameVisibility = 'visible' | 'hidden' | 'silent';

const COMPREHENSION_NAMES = new Set(['<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>']);

export function visibilityOf(frame: Frame): FrameVisibility {
  if (frame.ns !== null || frame.code === null) return 'silent';
  return COMPREHENSION_NAMES.has(frame.code.name) ? 'hidden' : 'visible';
}

export interface PendingStore {
  target: Expr;
  /** The stored value; undefined for an augmented assignment, whose result is read back after the store. */
  value: PyValue | undefined;
}

export class FrameState {
  stmt: Stmt | null = null;
  reduction: Reduction | null = null;
  /** Raw values of the current statement's evaluated nodes (store targets are written from them). */
  readonly values = new Map<Expr, PyValue>();
  /** Last repr shown per variable (`x`) and per attribute of an instance variable (`self.items`). */
  readonly known = new Map<string, string>();
  /** The name a `for` target binds right after its `iter` line, which already shows the binding. */
  suppressBind: string | null = null;
  pendingStores: PendingStore[] = [];
  /** Cases of the current `match` statement decided so far. */
  matchCases = 0;
  /** Index of the case whose `L` line was written last (-1: none yet). */
  matchCaseShown = -1;
  readonly isLambda: boolean;
  readonly isGenerator: boolean;
  /** A generator frame left at a `yield`; its next event resumes it. */
  suspended = false;
  /** The value of the latest `yield` operand evaluated here (what the generator yields when it stops). */
  yieldValue: PyValue = null;

  constructor(
    readonly frame: Frame,
    /** Python call depth; a generator's is updated each time it resumes. */
    public depth: number,
    readonly visibility: FrameVisibility,
  ) {
    this.isLambda = frame.code?.isLambda ?? false;
    this.isGenerator = frame.code?.isGenerator ?? false;
  }

  /** Every variable (and instance attribute of an instance variable) with the repr it has now. */
  snapshot(reprOf: (v: PyValue) => string): Map<string, string> {
    const out = new Map<string, string>();
    const code = this.frame.code;
    if (code === null) return out;
    const add = (name: string, v: PyValue | undefined): void => {
      if (v === undefined || name.startsWith('.')) return;
      const text = reprOf(v);
      out.set(name, text);
      if (v instanceof PyInstance && !(v instanceof PyExceptionObject) && text.startsWith('<')) {
        for (const [attr, av] of v.dict) out.set(`${name}.${attr}`, reprOf(av));
      }
    };
    code.fastNames.forEach((name, i) => add(name, this.frame.fast[i]));
    code.cellNames.forEach((name, i) => add(name, this.frame.cells[i]?.value));
    return out;
  }
}
