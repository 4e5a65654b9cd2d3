// Shared helpers for the interpreter's table-driven tests: one loaded interpreter per test process, and a
// compact text form of a run's outcome (`repr`, or `raise Type: message`) to compare against.

import { formatFailure, type RunFailure } from '../../interpreter/api.ts';
import { loadInterpreter, runCall, runModule, type InternalRunOptions } from '../../interpreter/index.ts';

/** A program, the call to evaluate after it, and the outcome CPython 3.11 gives. */
export type Case = readonly [code: string, call: string, expected: string];

await loadInterpreter();

export function outcomeOf(result: { ok: true; repr: string } | { ok: false; error: RunFailure }): string {
  return result.ok ? result.repr : `raise ${formatFailure(result.error)}`;
}

export function run(code: string, call: string, options: InternalRunOptions = {}): string {
  return outcomeOf(runCall(code, call, options));
}

/** Runs a module and returns what it printed, plus the final error line when it failed. */
export function printed(code: string, options: InternalRunOptions = {}): string {
  let out = '';
  const r = runModule(code, { ...options, stdout: (t) => (out += t) });
  return r.ok ? out : `${out}raise ${formatFailure(r.error)}\n`;
}
