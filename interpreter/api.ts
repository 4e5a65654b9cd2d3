// The interpreter's public contract. Everything outside interpreter/ (benchmarks, harness, tests) uses only
// what this file declares; the implementation behind it lives in interpreter/index.ts.

/** Where a failure happened in the program's source, 1-based. */
export interface SourceLocation {
  line: number;
  column: number;
}

/**
 * Three failures are kept apart: a Python exception (part of the program's behaviour), a resource limit
 * (steps, recursion, memory) and a program we cannot run (syntax error, unsupported construct).
 */
export type FailureKind = 'exception' | 'limit' | 'syntax' | 'unsupported';

export interface RunFailure {
  kind: FailureKind;
  /** Python exception type name, e.g. `ValueError`, `RecursionError`, `SyntaxError`. */
  type: string;
  /** The exception's `str()`, exactly as CPython prints it after `Type: `. */
  message: string;
  location?: SourceLocation;
}

export interface RunLimits {
  /** Evaluation steps before the run stops with a limit failure (default 2_000_000). */
  maxSteps?: number;
  /** Python call depth, like `sys.getrecursionlimit()` (default 1000). */
  maxDepth?: number;
  /** Elements in one container or characters in one string before MemoryError (default 10_000_000). */
  maxSize?: number;
}

export interface RunOptions extends RunLimits {
  /** Receives what the program prints; printed text is dropped when absent. */
  stdout?: (text: string) => void;
}

export type RunResult =
  | { ok: true; /** `repr()` of the value, exactly as CPython writes it. */ repr: string }
  | { ok: false; error: RunFailure };

export type CompareResult =
  | { ok: true; equal: boolean }
  | {
      ok: false;
      /** Which expression could not be evaluated. */ side: 'expected' | 'predicted';
      error: RunFailure;
    };

/** A loaded interpreter. Every method is synchronous and never throws: failures come back as data. */
export interface Interpreter {
  /** Executes `code` as a module, then evaluates the expression `call` (e.g. `f(1, [2])`). */
  runCall(code: string, call: string, options?: RunOptions): RunResult;
  /** Executes `code` as a module; `repr` is `'None'` on success. */
  runModule(code: string, options?: RunOptions): RunResult;
  /**
   * Evaluates two standalone Python expressions (each must parse as one expression) and compares them with
   * Python's `==`: `1 == 1.0`, `(1,) != [1]`, dict order irrelevant.
   */
  compare(expected: string, predicted: string, options?: RunOptions): CompareResult;
}

/** `ValueError: message`, or just `ValueError` when the message is empty, as CPython's last traceback line. */
export function formatFailure(failure: RunFailure): string {
  return failure.message === '' ? failure.type : `${failure.type}: ${failure.message}`;
}
