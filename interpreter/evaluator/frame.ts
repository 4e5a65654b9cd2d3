// Runtime structures of executing code: cells, frames, user functions, and the per-run state (limits,
// trace sink, current line). One run executes at a time (every method of the interpreter is synchronous),
// so the state is a module-level singleton that index.ts resets at the start of each run.

import { functionType } from '../objects/builtin-types.ts';
import type { PyType } from '../objects/type.ts';
import { PyObject, type PyValue } from '../objects/values.ts';
import type { FunctionCode } from '../parser/ast.ts';
import type { TraceSink } from '../tracer/events.ts';

/** A variable shared between a function and the functions nested in it. `undefined` = unbound. */
export class Cell {
  constructor(public value: PyValue | undefined) {}
}

/** A Python function defined by `def` or `lambda`. */
export class PyFunction extends PyObject {
  /** Function attributes set by the program (`f.cache = {}`), plus `__doc__`. */
  readonly dict = new Map<string, PyValue>();
  name: string;
  qualname: string;
  /** The class whose body defined it, for zero-argument `super()`. */
  ownerClass: PyType | null = null;
  constructor(
    readonly code: FunctionCode,
    readonly globals: Map<string, PyValue>,
    /** Defaults of the last positional parameters. */
    readonly defaults: PyValue[],
    /** One entry per keyword-only parameter; `undefined` when it has no default. */
    readonly kwDefaults: (PyValue | undefined)[],
    readonly closure: Cell[],
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
  }
  pyType(): PyType {
    return functionType;
  }
}

export class Frame {
  /** Fast locals; `undefined` = not yet assigned. */
  readonly fast: (PyValue | undefined)[];
  retval: PyValue = null;
  /** Line of the statement being executed, for error locations and tracing. */
  line = 0;
  constructor(
    readonly code: FunctionCode | null,
    readonly globals: Map<string, PyValue>,
    /** Own cell variables then free variables. */
    readonly cells: Cell[],
    /** The namespace of a class body being executed (names resolved as NameScope.ClassBody). */
    readonly ns: Map<string, PyValue> | null,
    readonly func: PyFunction | null,
  ) {
    this.fast = code === null ? [] : newFastLocals(code.fastCount);
  }
}

/** Unassigned fast locals; literals for small frames, which are allocated inline (`new Array(n)` is not). */
function newFastLocals(n: number): (PyValue | undefined)[] {
  switch (n) {
    case 0:
      return [];
    case 1:
      return [undefined];
    case 2:
      return [undefined, undefined];
    case 3:
      return [undefined, undefined, undefined];
    case 4:
      return [undefined, undefined, undefined, undefined];
    default:
      return new Array<PyValue | undefined>(n);
  }
}

/** Statement completion: how control leaves a statement (exceptions travel as host throws). */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type Completion = 0 | 1 | 2 | 3;

/** A resource limit was hit; not a Python exception, so no `except` clause can catch it. */
export class LimitExceeded extends Error {
  override name = 'LimitExceeded';
  constructor(
    readonly type: string,
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface RunState {
  builtins: Map<string, PyValue>;
  steps: number;
  maxSteps: number;
  depth: number;
  maxDepth: number;
  /** Exceptions being handled by `except` blocks (innermost last), for bare `raise` and `__context__`. */
  handling: PyValue[];
  /** Line of the statement most recently started (host-raised errors get their location from it). */
  line: number;
  sink: TraceSink | null;
  /**
   * The innermost frame running Python code: a function call, a resumed generator or the module (not
   * comprehension or class-body frames). Builtins that act on their caller's scope (eval, exec, globals,
   * locals, dir) read it.
   */
  frame: Frame | null;
  modules: Map<string, PyValue>;
  /** The host stack ran out during this run (the run may be retried on a bigger stack). */
  hostOverflow: boolean;
}

export const S: RunState = {
  builtins: new Map(),
  steps: 0,
  maxSteps: 2_000_000,
  depth: 0,
  maxDepth: 1000,
  handling: [],
  line: 0,
  sink: null,
  frame: null,
  modules: new Map(),
  hostOverflow: false,
};

export function stepLimitExceeded(): never {
  throw new LimitExceeded('TimeoutError', `step limit of ${S.maxSteps} exceeded`, S.line);
}

/** A host stack overflow (checked without allocating: the stack is nearly exhausted here). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === 'Maximum call stack size exceeded';
}
