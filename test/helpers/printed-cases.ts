// Table-driven program tests: a program's printed output, with `EXC Type: message` appended when it ends
// with an uncaught exception, is compared with what CPython 3.11 printed. Every case runs in both
// evaluators: compiled (no trace sink) and tree-walked (a sink that drops every event).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter, type InternalRunOptions } from '../../interpreter/index.ts';
import { TRACE_EVENTS_VERSION } from '../../interpreter/tracer/events.ts';

/** A test title, a program, and what CPython 3.11 printed. */
export type PrintedCase = readonly [title: string, code: string, expected: string];

const py = await loadInterpreter();

const evaluators: { name: string; options: InternalRunOptions }[] = [
  { name: 'compiled', options: {} },
  { name: 'tree-walked', options: { sink: { version: TRACE_EVENTS_VERSION, emit: () => {} } } },
];

export function printedOutput(code: string, options: InternalRunOptions = {}): string {
  let out = '';
  const r = py.runModule(code, { ...options, stdout: (text) => (out += text) });
  return r.ok ? out : `${out}EXC ${formatFailure(r.error)}\n`;
}

/** Registers one test per case, titled `prefix + title`. */
export function testPrintedCases(cases: readonly PrintedCase[], prefix = ''): void {
  for (const [title, code, expected] of cases) {
    test(prefix + title, () => {
      for (const { name, options } of evaluators) assert.equal(printedOutput(code, options), expected, name);
    });
  }
}
