// Where the collector's steps go: the list itself, the step budget (`maxSteps`, after which nothing more
// is recorded), and the value texts every step carries. Reprs are taken with the tracer's own events muted,
// so a user __repr__ running for the trace never shows up in it.

import type { PyExceptionObject } from '../objects/exceptions.ts';
import { repr, str } from '../objects/repr.ts';
import type { PyValue } from '../objects/values.ts';
import { AddressNumbering, defaultObjectRepr } from './addresses.ts';
import { formatException } from './document.ts';
import type { Step, StepKind } from './steps.ts';

export class StepLog {
  readonly steps: Step[] = [];
  /** True once the budget ran out. */
  truncated = false;
  /** >0 while the tracer itself runs Python code (a user __repr__); its events are not the program's. */
  muted = 0;
  private readonly addresses = new AddressNumbering();

  constructor(private readonly maxSteps: number) {}

  push(kind: StepKind, text: string, value?: string, line = 0): void {
    if (this.truncated) return;
    if (this.steps.length >= this.maxSteps) {
      this.truncated = true;
      return;
    }
    const step: Step = { kind, line, depth: 0, text };
    if (value !== undefined) step.value = value;
    this.steps.push(step);
  }

  pushLine(line: number, text: string): void {
    this.push('line', text, undefined, line);
  }

  /** Drops the steps after the first `count` (and the truncation, if that brings them under budget). */
  cut(count: number): void {
    this.steps.length = Math.min(count, this.steps.length);
    if (this.steps.length < this.maxSteps) this.truncated = false;
  }

  /**
   * repr() without letting the program's own __repr__ code appear in the trace; never throws (a failing
   * __repr__, e.g. on a half-initialised object, gives the default `<... object at 0x...>` form).
   */
  repr(v: PyValue): string {
    this.muted++;
    try {
      return this.addresses.normalize(repr(v));
    } catch {
      return this.addresses.normalize(defaultObjectRepr(v));
    } finally {
      this.muted--;
    }
  }

  /** `Type: message`, as CPython's last traceback line writes the exception. */
  exceptionText(exc: PyExceptionObject): string {
    this.muted++;
    try {
      return this.addresses.normalize(formatException(exc.cls.name, str(exc)));
    } catch {
      return exc.cls.name;
    } finally {
      this.muted--;
    }
  }

  /** `text` with object addresses renumbered like every repr in this trace (see addresses.ts). */
  normalize(text: string): string {
    return this.addresses.normalize(text);
  }
}
