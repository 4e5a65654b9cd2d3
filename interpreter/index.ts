// The interpreter's entry point: loads the parser (wasm) once, then runs programs synchronously. Every run
// gets fresh globals, builtins namespace and module objects, and every failure comes back as data: no
// host exception escapes runCall/runModule/compare.

import type { CompareResult, Interpreter, RunFailure, RunOptions, RunResult } from './api.ts';
import { createBuiltins } from './builtins/namespace.ts';
import { runOnBigStack } from './evaluator/big-stack.ts';
import { evalExpr } from './evaluator/expressions.ts';
import { Frame, isStackOverflow, LimitExceeded, S } from './evaluator/frame.ts';
import './evaluator/install.ts';
import { setModuleResolver } from './evaluator/modules.ts';
import { execBlock } from './evaluator/statements.ts';
import { compileBlock } from './evaluator/compile-stmt.ts';
import { pyEq } from './objects/equality.ts';
import { MemoryError, PyError, RecursionError } from './objects/exceptions.ts';
import { repr, str } from './objects/repr.ts';
import { context } from './objects/runtime.ts';
import type { PyValue } from './objects/values.ts';
import { PySyntaxError, UnsupportedError } from './parser/errors.ts';
import type { Module } from './parser/ast.ts';
import { initParser, parseExpression, parseModule } from './parser/index.ts';
import { importModule, onRecursionLimitChange } from './stdlib/index.ts';
import { TRACE_EVENTS_VERSION, type TraceSink } from './tracer/events.ts';

// Limits (sandbox):
// - Steps: one step is one statement started, one `while` test that enters the loop body, or one item taken
//   by a comprehension clause. Past maxSteps the run stops with a 'limit' failure of type TimeoutError,
//   "step limit of N exceeded", which no `except` clause can catch. CRUXEval programs take at most a few
//   thousand steps; a simple loop runs about 5-10 million steps per second.
// - Depth: Python calls (and generator resumptions) nest at most maxDepth deep, like CPython's recursion
//   limit; the next call raises RecursionError('maximum recursion depth exceeded'), which the program may
//   catch. Should the host stack run out first (cold JIT code, unusual nesting), the same RecursionError is
//   raised from the innermost Python call that has room. Uncaught, it is a 'limit' failure.
// - Size: containers and strings a single operation builds are capped at maxSize elements (MemoryError).
export const DEFAULT_MAX_STEPS = 2_000_000;
export const DEFAULT_MAX_DEPTH = 1000;
export const DEFAULT_MAX_SIZE = 10_000_000;

/** Options the tracer and tests may pass besides the public ones. */
export interface InternalRunOptions extends RunOptions {
  /** Receives every evaluation event (see tracer/events.ts). Traced runs are never retried on a big stack. */
  sink?: TraceSink | null;
  /** Set inside the big-stack worker (evaluator/big-stack.ts), which must not hand the run on again. */
  onBigStack?: boolean;
}

let loaded: Promise<Interpreter> | null = null;
/**
 * Built once and shared by all runs: programs only read the builtins namespace (assignments create globals,
 * and there is no `builtins` module to write through), and the objects in it hold no per-run state.
 */
let sharedBuiltins: Map<string, PyValue> | null = null;

/** Loads the interpreter; idempotent (the wasm grammar and stdlib are loaded once). */
export function loadInterpreter(): Promise<Interpreter> {
  loaded ??= (async () => {
    await initParser();
    installStdlib();
    return { runCall, runModule, compare };
  })();
  return loaded;
}

function installStdlib(): void {
  setModuleResolver(importModule);
  // sys.setrecursionlimit moves the depth limit of the run in progress, as in CPython.
  onRecursionLimitChange((limit) => {
    S.maxDepth = limit;
  });
}

function reset(options: InternalRunOptions): void {
  const sink = options.sink ?? null;
  if (sink !== null && sink.version !== TRACE_EVENTS_VERSION) {
    throw new Error(
      `trace sink expects event version ${sink.version}, interpreter emits ${TRACE_EVENTS_VERSION}`,
    );
  }
  sharedBuiltins ??= createBuiltins();
  S.builtins = sharedBuiltins;
  S.steps = 0;
  S.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  S.depth = 0;
  S.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  S.handling = [];
  S.line = 0;
  S.sink = sink;
  S.frame = null;
  S.modules = new Map();
  S.hostOverflow = false;
  context.stdout = options.stdout ?? (() => {});
  context.maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
}

function newGlobals(): Map<string, PyValue> {
  const g = new Map<string, PyValue>();
  g.set('__name__', '__main__');
  g.set('__doc__', null);
  return g;
}

/** Runs `body` with the per-run state set up, turning anything thrown into a RunFailure. */
function guarded<T>(options: InternalRunOptions, body: () => T): T | { ok: false; error: RunFailure } {
  try {
    reset(options);
    return body();
  } catch (e) {
    return { ok: false, error: toFailure(e) };
  } finally {
    S.sink = null;
    S.frame = null;
    S.handling = [];
  }
}

export function toFailure(e: unknown): RunFailure {
  if (e instanceof PyError) {
    const exc = e.exc;
    if (exc.line === 0) exc.line = S.line;
    let message: string;
    try {
      message = str(exc);
    } catch {
      message = '<exception str() failed>';
    }
    const kind = exc.cls === RecursionError || exc.cls === MemoryError ? 'limit' : 'exception';
    const failure: RunFailure = { kind, type: exc.cls.name, message };
    if (exc.line > 0) failure.location = { line: exc.line, column: exc.column || 1 };
    return failure;
  }
  if (e instanceof PySyntaxError) {
    return {
      kind: 'syntax',
      type: 'SyntaxError',
      message: e.message,
      location: { line: e.line, column: e.column },
    };
  }
  if (e instanceof UnsupportedError) {
    return {
      kind: 'unsupported',
      type: 'UnsupportedError',
      message: `${e.what} is not supported`,
      location: { line: e.line, column: e.column },
    };
  }
  if (e instanceof LimitExceeded) {
    return { kind: 'limit', type: e.type, message: e.message, location: { line: e.line, column: 1 } };
  }
  if (isStackOverflow(e)) {
    S.hostOverflow = true;
    return { kind: 'limit', type: 'RecursionError', message: 'maximum recursion depth exceeded' };
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { kind: 'unsupported', type: 'InternalError', message };
}

function execModule(mod: Module, globals: Map<string, PyValue>): Frame {
  const frame = new Frame(null, globals, [], null, null);
  S.frame = frame;
  if (S.sink === null) (mod.compiled ??= compileBlock(mod.body))(frame);
  else execBlock(mod.body, frame);
  return frame;
}

export function runCall(code: string, call: string, options: InternalRunOptions = {}): RunResult {
  return withBigStackRetry(code, call, options, (opts) =>
    guarded(opts, (): RunResult => {
      const mod = parseModule(code);
      const callExpr = parseExpression(call);
      const frame = execModule(mod, newGlobals());
      S.line = 0;
      return { ok: true, repr: repr(evalExpr(callExpr, frame)) };
    }),
  );
}

export function runModule(code: string, options: InternalRunOptions = {}): RunResult {
  return withBigStackRetry(code, null, options, (opts) =>
    guarded(opts, (): RunResult => {
      execModule(parseModule(code), newGlobals());
      return { ok: true, repr: 'None' };
    }),
  );
}

/**
 * Runs once on this thread; a run that overflowed the host stack is run again on the big-stack worker and
 * that run's result counts. Printed text is held back until it is known which run it comes from (traced
 * runs stream it, and are not retried).
 */
function withBigStackRetry(
  code: string,
  call: string | null,
  options: InternalRunOptions,
  run: (options: InternalRunOptions) => RunResult,
): RunResult {
  if ((options.sink ?? null) !== null || options.onBigStack === true) return run(options);
  let printed = '';
  const result = run({ ...options, stdout: (text) => (printed += text) });
  if (S.hostOverflow) {
    const { maxSteps, maxDepth, maxSize } = options;
    const retried = runOnBigStack({ code, call, options: { maxSteps, maxDepth, maxSize } });
    if (retried !== null) {
      if (retried.stdout !== '') options.stdout?.(retried.stdout);
      return retried.result;
    }
  }
  if (printed !== '') options.stdout?.(printed);
  return result;
}

export function compare(
  expected: string,
  predicted: string,
  options: InternalRunOptions = {},
): CompareResult {
  const sides = [
    ['expected', expected],
    ['predicted', predicted],
  ] as const;
  const values: PyValue[] = [];
  for (const [side, text] of sides) {
    const r = guarded(options, () => {
      const e = parseExpression(text);
      return { ok: true as const, value: evalExpr(e, new Frame(null, newGlobals(), [], null, null)) };
    });
    if (!r.ok) return { ok: false, side, error: r.error };
    values.push(r.value);
  }
  const r = guarded(options, () => ({ ok: true as const, equal: pyEq(values[0]!, values[1]!) }));
  if (!r.ok) return { ok: false, side: 'predicted', error: r.error };
  return r;
}
