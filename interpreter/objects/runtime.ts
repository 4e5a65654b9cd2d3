// The few services the object model and the builtins need from the evaluator, reached through one
// indirection so that objects/ and builtins/ never import evaluator/. The evaluator installs them once
// (installRuntime) and points `current` at the running program's context.

import { MemoryError, pyError } from './exceptions.ts';
import type { Kwargs, PyValue } from './values.ts';

export interface Runtime {
  /** Calls any callable: user function, native function, bound method, class, or instance with __call__. */
  call(fn: PyValue, args: PyValue[], kwargs?: Kwargs | null): PyValue;
  /** `getattr(obj, name)`, with descriptors and bound methods; raises AttributeError when missing. */
  getAttr(obj: PyValue, name: string): PyValue;
  /** `getattr(obj, name, None)`-like probe: undefined when missing, never raises AttributeError. */
  getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined;
  setAttr(obj: PyValue, name: string, value: PyValue): void;
  /** A Python generator object (type `generator`) running a generator written in TypeScript. */
  generator(body: Generator<PyValue, PyValue, PyValue>, name: string): PyValue;
}

/** Per-run settings that builtins consult. */
export interface RunContext {
  stdout: (text: string) => void;
  /** Largest container or string a single operation may build (MemoryError past it). */
  maxSize: number;
}

let runtime: Runtime | null = null;
export function installRuntime(r: Runtime): void {
  runtime = r;
}

export function rt(): Runtime {
  if (runtime === null) throw new Error('interpreter runtime not installed');
  return runtime;
}

/** Shorthand for `rt().call`, the one most builtins need (key functions, __eq__ methods, ...). */
export function callValue(fn: PyValue, args: PyValue[], kwargs: Kwargs | null = null): PyValue {
  return rt().call(fn, args, kwargs);
}

export const context: RunContext = {
  stdout: () => {},
  maxSize: 10_000_000,
};

/** Guards allocations whose size the program controls (`'a' * 10**10`, `[0] * n`, `range` to list). */
export function checkSize(n: number | bigint): void {
  if (n > context.maxSize) throw pyError(MemoryError);
}
