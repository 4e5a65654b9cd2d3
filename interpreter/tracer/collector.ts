// The TraceSink: turns the evaluator's events (events.ts) into trace steps. It follows the frames the
// program enters, reduces each displayed expression (reduction.ts), writes stores, bindings, branches and
// loop iterations, shows mutations as `state` lines, and infers what the events leave implicit: a frame
// left by an exception (`unwind`) and the end of a generator's turn (`yield`).
//
// Tracing starts with the harness's call expression: module-level statements run first, silently.

import type { Frame } from '../evaluator/frame.ts';
import type { PyExceptionObject } from '../objects/exceptions.ts';
import type { PyValue } from '../objects/values.ts';
import type * as A from '../parser/ast.ts';
import {
  TRACE_EVENTS_VERSION,
  type BindEvent,
  type BranchEvent,
  type CallEvent,
  type CatchEvent,
  type ExpressionEvent,
  type IterationEvent,
  type LoopExitEvent,
  type RaiseEvent,
  type ReturnEvent,
  type StatementEvent,
  type TraceEvent,
  type TraceSink,
} from './events.ts';
import { formatException } from './document.ts';
import { indexStatement, isYieldOperand, nodeInfo } from './expression-index.ts';
import { FrameState, visibilityOf } from './frame-state.ts';
import { Reduction } from './reduction.ts';
import type { SourceText } from './source-text.ts';
import { peekAugmentedTarget, readStoredValue, storeTargetText } from './stores.ts';
import { iterDoneText, type Granularity, type Step } from './steps.ts';
import { unparseTarget } from './unparse.ts';
import { StepLog } from './step-log.ts';

export interface CollectorOptions {
  granularity: Granularity;
  /** Steps to record before the trace is cut with a truncation marker (the program still runs to the end). */
  maxSteps: number;
}

const BRANCH_WORDS: Partial<Record<BranchEvent['construct'], [string, string]>> = {
  if: ['then', 'else'],
  elif: ['then', 'else'],
  'match-case': ['then', 'else'],
  while: ['loop', 'exit'],
  'comprehension-if': ['keep', 'skip'],
};

export class TraceCollector implements TraceSink {
  readonly version = TRACE_EVENTS_VERSION;
  private started = false;
  private readonly frames = new WeakMap<Frame, FrameState>();
  /** Visible frames entered and not yet left, innermost last. */
  private readonly stack: FrameState[] = [];
  private current: FrameState | null = null;
  private lastException: PyExceptionObject | null = null;
  /** An exception raised and not yet caught: frames left now are unwound, not suspended at a yield. */
  private inFlight = false;
  private output = '';
  /** Steps recorded when the harness's call expression last finished (the trace ends there). */
  private stepsAtCallEnd: number | null = null;
  /** Set when the tracer itself failed (a bug); the steps so far are kept and nothing more is recorded. */
  failure: string | null = null;

  private readonly log: StepLog;

  constructor(
    private readonly source: SourceText,
    private readonly options: CollectorOptions,
  ) {
    this.log = new StepLog(options.maxSteps);
  }

  get steps(): Step[] {
    return this.log.steps;
  }

  /** True once the step budget ran out; nothing more was recorded. */
  get truncated(): boolean {
    return this.log.truncated;
  }

  emit(event: TraceEvent): void {
    if (this.log.muted > 0) return;
    if (event.kind === 'statement') indexStatement(event.stmt);
    if (!this.started) {
      this.started = event.kind === 'expression' && event.depth === 0 && nodeInfo(event.expr) === undefined;
      return;
    }
    if (event.depth === 0 && event.frame.code === null) {
      if (event.kind === 'expression') this.stepsAtCallEnd = this.log.steps.length;
      return;
    }
    if (this.log.truncated || this.failure !== null) return;
    try {
      this.dispatch(event);
    } catch (error) {
      // A bug in the tracer must not change the program's run: stop tracing and say why.
      this.failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }

  private dispatch(event: TraceEvent): void {
    switch (event.kind) {
      case 'statement':
        return this.onStatement(event);
      case 'expression':
        return this.onExpression(event);
      case 'call':
        return this.onCall(event);
      case 'return':
        return this.onReturn(event);
      case 'branch':
        return this.onBranch(event);
      case 'iteration':
        return this.onIteration(event);
      case 'loop-exit':
        return this.onLoopExit(event);
      case 'bind':
        return this.onBind(event);
      case 'raise':
        return this.onRaise(event);
      case 'catch':
        return this.onCatch(event);
    }
  }

  /** Text the program printed (the run's stdout); shown as one `print` step per run of output. */
  write(text: string): void {
    if (this.started && this.log.muted === 0) this.output += text;
  }

  /** `text` with object addresses renumbered like every repr in this trace (see addresses.ts). */
  normalizeAddresses(text: string): string {
    return this.log.normalize(text);
  }

  /** Ends the trace: flushes what is pending and unwinds frames an uncaught exception left. */
  finish(error: { type: string; message: string } | null): void {
    if (error === null && this.stepsAtCallEnd !== null) {
      // After the call's value is known the harness takes its repr, which may run a user __repr__:
      // that is not part of the call.
      this.log.steps.length = this.stepsAtCallEnd;
      if (this.log.steps.length < this.options.maxSteps) this.log.truncated = false;
      return;
    }
    if (!this.started || this.log.truncated) return;
    this.flushOutput();
    if (error !== null) {
      // The operation that raised: its reads were taken, the raise follows.
      this.current?.reduction?.flushReads();
      if (this.current !== null) this.current.pendingStores = [];
    }
    if (this.current !== null) this.finishStatement(this.current);
    if (error === null) return;
    const text = formatException(error.type, error.message);
    const reported = this.lastException !== null && this.log.exceptionText(this.lastException) === text;
    if (!reported && this.stack.length > 0) this.log.push('raise', text, text);
    while (this.stack.length > 0) {
      this.stack.pop();
      this.log.push('unwind', text, text);
    }
  }

  // ---- events ----

  private onStatement(e: StatementEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null) return;
    this.beginStatement(fs, e.stmt);
  }

  private onExpression(e: ExpressionEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null) return;
    const info = nodeInfo(e.expr);
    if (info === undefined) return;
    if (info.owner !== fs.stmt && fs.visibility === 'visible' && !fs.isLambda)
      this.beginStatement(fs, info.owner);
    if (info.owner.kind === 'Match' && info.root !== info.owner.subject) this.showCase(fs);
    fs.values.set(e.expr, e.value);
    if (info.role !== 'display' || this.options.granularity === 'line') {
      if (info.role === 'display' && e.expr === info.root) this.rootFinished(fs, info.owner, e.expr, e.value);
      if (isYieldOperand(e.expr)) this.suspend(fs, e.expr, e.value);
      return;
    }
    let reduction = fs.reduction;
    if (reduction === null || reduction.root !== info.root || reduction.done) {
      reduction = this.newReduction(fs, info.root, info.owner);
    }
    if (e.expr.kind !== 'Const') reduction.finished(e.expr, e.value, this.log.repr(e.value));
    if (e.expr === info.root) this.rootFinished(fs, info.owner, e.expr, e.value);
    if (isYieldOperand(e.expr)) this.suspend(fs, e.expr, e.value);
    if (
      e.expr.kind === 'Call' ||
      e.expr.kind === 'ListComp' ||
      e.expr.kind === 'DictComp' ||
      e.expr.kind === 'SetComp'
    ) {
      this.showMutations(fs);
    }
  }

  private onCall(e: CallEvent): void {
    this.flushOutput();
    this.settle(e.frame, e.depth, true);
    this.current?.reduction?.flushReads();
    const fs = this.stateOf(e.frame, e.depth);
    this.current = fs;
    if (fs.visibility !== 'visible') return;
    const args = e.args.map(([name, v]) => `${name}=${this.log.repr(v)}`).join(', ');
    this.log.push('call', `${displayName(e.func.qualname)}(${args})`);
    this.stack.push(fs);
    // The call line shows the arguments; their attributes are the state the callee starts from.
    for (const [name, text] of fs.snapshot((v) => this.log.repr(v))) fs.known.set(name, text);
  }

  private onReturn(e: ReturnEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null || fs.visibility !== 'visible') return;
    this.finishStatement(fs);
    this.inFlight = false;
    const text = this.log.repr(e.value);
    this.log.push('return', text, text);
    if (this.stack[this.stack.length - 1] === fs) this.stack.pop();
  }

  private onBranch(e: BranchEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null) return;
    const words = BRANCH_WORDS[e.construct];
    if (words === undefined) return;
    if (e.construct === 'match-case') {
      this.showCase(fs);
      fs.matchCases++;
    } else if (e.construct === 'while' && e.node !== fs.stmt && fs.visibility === 'visible') {
      this.beginStatement(fs, e.node as A.Stmt);
    }
    const truth = e.taken ? 'True' : 'False';
    this.log.push('branch', `${truth} -> ${e.taken ? words[0] : words[1]}`, truth);
  }

  private onIteration(e: IterationEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null) return;
    const owner = nodeInfo(e.target)?.owner;
    if (owner !== undefined && owner.kind === 'For' && owner !== fs.stmt && fs.visibility === 'visible') {
      this.beginStatement(fs, owner);
    }
    const text = this.log.repr(e.item);
    this.log.push('iter', `${e.index + 1}: ${unparseTarget(e.target)} = ${text}`, text);
    fs.suppressBind = e.target.kind === 'Name' ? e.target.id : null;
  }

  private onLoopExit(e: LoopExitEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null || e.stmt.kind !== 'For') return;
    if (e.stmt !== fs.stmt && fs.visibility === 'visible') this.beginStatement(fs, e.stmt);
    this.log.push('iter', iterDoneText());
  }

  private onBind(e: BindEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null) return;
    const text = this.log.repr(e.value);
    fs.known.set(e.name, text);
    this.showCase(fs);
    if (fs.suppressBind === e.name) {
      fs.suppressBind = null;
      return;
    }
    const reduction = fs.reduction;
    if (reduction !== null && !reduction.done && fs.stmt?.kind === 'AugAssign') reduction.finishRoot(text);
    this.log.push('set', `${e.name} = ${text}`, text);
  }

  private onRaise(e: RaiseEvent): void {
    const fs = this.stateOf(e.frame, e.depth);
    if (fs.visibility === 'silent') return;
    this.flushOutput();
    this.current?.reduction?.flushReads();
    if (this.current !== null) this.current.pendingStores = [];
    const text = this.log.exceptionText(e.exception);
    this.log.push('raise', text, text);
    this.lastException = e.exception;
    this.inFlight = true;
    this.settle(e.frame, e.depth, false);
    this.current = fs;
  }

  private onCatch(e: CatchEvent): void {
    const fs = this.enter(e.frame, e.depth);
    if (fs === null) return;
    this.inFlight = false;
    fs.reduction = null;
    fs.pendingStores = [];
    if (fs.visibility === 'visible') {
      this.log.pushLine(e.line, this.source.wholeLine(e.line));
      fs.stmt = null;
    }
    const text = this.log.exceptionText(e.exception);
    this.log.push('catch', text, text);
  }

  // ---- frames and statements ----

  /** The state of the event's frame after settling the frame stack; null for frames that show nothing. */
  private enter(frame: Frame, depth: number): FrameState | null {
    const fs = this.stateOf(frame, depth);
    if (fs.visibility === 'silent') return null;
    this.flushOutput();
    // Moving into another frame (a comprehension, a callee): the reads so far happened before it.
    if (this.current !== null && this.current !== fs) this.current.reduction?.flushReads();
    this.settle(frame, depth, false);
    if (fs.suspended) {
      fs.suspended = false;
      fs.depth = depth;
      fs.yieldValue = null;
      this.log.push('resume', displayName(fs.frame.func?.qualname ?? '<generator>'));
      this.stack.push(fs);
    }
    this.current = fs;
    return fs;
  }

  private stateOf(frame: Frame, depth: number): FrameState {
    let fs = this.frames.get(frame);
    if (fs === undefined) {
      fs = new FrameState(frame, depth, visibilityOf(frame));
      this.frames.set(frame, fs);
    }
    return fs;
  }

  /**
   * Pops visible frames that were left without a return event: an exception propagated out of them.
   * A frame still on the stack is resumed; otherwise every frame at least as deep (for a new call) or
   * deeper (for anything else) is gone.
   */
  private settle(frame: Frame, depth: number, isCall: boolean): void {
    const fs = this.frames.get(frame);
    const at = fs === undefined ? -1 : this.stack.lastIndexOf(fs);
    const keep = (s: FrameState, i: number): boolean =>
      at >= 0 ? i <= at : isCall ? s.depth < depth : s.depth <= depth;
    let yielded: PyValue | undefined;
    while (this.stack.length > 0 && !keep(this.stack[this.stack.length - 1], this.stack.length - 1)) {
      const left = this.stack.pop()!;
      if (left.isGenerator && !this.inFlight) {
        // A generator frame left without returning stopped at a yield; delegating generators yield on.
        yielded ??= left.yieldValue;
        left.suspended = true;
        const text = this.log.repr(yielded);
        this.log.push('yield', text, text);
        continue;
      }
      const text = this.lastException === null ? 'Exception' : this.log.exceptionText(this.lastException);
      this.log.push('unwind', text, text);
    }
  }

  /** Inside a `match`, the `L` line of the case being tried, once, before its captures and guard. */
  private showCase(fs: FrameState): void {
    const stmt = fs.stmt;
    if (stmt === null || stmt.kind !== 'Match' || !fs.values.has(stmt.subject)) return;
    if (fs.matchCaseShown >= fs.matchCases || fs.visibility !== 'visible') return;
    fs.matchCaseShown = fs.matchCases;
    const c = stmt.cases[fs.matchCases];
    if (c !== undefined) this.log.pushLine(c.line, this.source.statement(c.line, c.col));
  }

  /** A `yield` operand was evaluated: the generator hands out the value and suspends right away. */
  private suspend(fs: FrameState, operand: A.Expr, value: PyValue): void {
    if (fs.visibility !== 'visible' || !fs.isGenerator || this.stack[this.stack.length - 1] !== fs) {
      fs.yieldValue = value;
      return;
    }
    // A lone name (`yield n`) needs no line of its own: the `yield` step shows its value.
    if (operand.kind === 'Name') fs.reduction?.discardReads();
    else fs.reduction?.flushReads();
    this.finishStatement(fs);
    this.stack.pop();
    fs.suspended = true;
    this.current = null;
    const text = this.log.repr(value);
    this.log.push('yield', text, text);
  }

  private beginStatement(fs: FrameState, stmt: A.Stmt): void {
    this.finishStatement(fs);
    fs.stmt = stmt;
    fs.values.clear();
    fs.reduction = null;
    fs.matchCases = 0;
    fs.matchCaseShown = -1;
    fs.suppressBind = null;
    if (stmt.kind === 'AugAssign' && stmt.target.kind !== 'Name') {
      fs.pendingStores.push({ target: stmt.target, value: undefined });
    }
    if (fs.visibility === 'visible' && !fs.isLambda)
      this.log.pushLine(stmt.line, this.source.statement(stmt.line, stmt.col));
  }

  /** Writes what the previous statement left pending: stores to subscripts/attributes, and mutations. */
  private finishStatement(fs: FrameState): void {
    const stores = fs.pendingStores;
    fs.pendingStores = [];
    for (const store of stores) {
      const value = store.value !== undefined ? store.value : readStoredValue(store.target, fs.values);
      if (value === undefined) continue;
      const text = this.log.repr(value);
      if (store.value === undefined && fs.reduction !== null && !fs.reduction.done)
        fs.reduction.finishRoot(text);
      const target = storeTargetText(store.target, fs.values, (v) => this.log.repr(v));
      this.log.push('set', `${target} = ${text}`, text);
      fs.known.set(target, text);
    }
    if (fs.visibility !== 'silent') this.showMutations(fs);
  }

  /** A displayed root expression finished: queue the stores of an assignment to subscripts/attributes. */
  private rootFinished(fs: FrameState, owner: A.Stmt, root: A.Expr, value: PyValue): void {
    if (owner.kind === 'Assign' && root === owner.value) {
      for (const t of owner.targets) {
        if (t.kind === 'Subscript' || t.kind === 'Attribute') fs.pendingStores.push({ target: t, value });
      }
    } else if (owner.kind === 'AnnAssign' && root === owner.value) {
      const t = owner.target;
      if (t.kind === 'Subscript' || t.kind === 'Attribute') fs.pendingStores.push({ target: t, value });
    }
  }

  private newReduction(fs: FrameState, root: A.Expr, owner: A.Stmt): Reduction {
    const reduction = new Reduction(
      root,
      this.options.granularity,
      (text) => this.log.push('eval', text),
      (v) => this.log.repr(v),
    );
    fs.reduction = reduction;
    if (owner.kind === 'AugAssign' && root.kind === 'BinOp' && root.left === owner.target) {
      // CPython reads the target before evaluating the right-hand side; show its value the same way.
      this.log.muted++;
      const peeked = peekAugmentedTarget(owner.target, fs.frame);
      this.log.muted--;
      for (const [node, v] of peeked) {
        reduction.finished(node, v, this.log.repr(v));
        fs.values.set(node, v);
      }
    }
    return reduction;
  }

  /** `state` lines for variables whose repr changed since last shown (mutation in place, aliases too). */
  private showMutations(fs: FrameState): void {
    const target = fs.visibility === 'visible' ? fs : this.stack[this.stack.length - 1];
    if (target === undefined) return;
    const now = target.snapshot((v) => this.log.repr(v));
    for (const [name, text] of now) {
      if (target.known.get(name) === text) continue;
      target.known.set(name, text);
      this.log.push('state', `${name} = ${text}`, text);
    }
  }

  // ---- output ----

  private flushOutput(): void {
    if (this.output === '') return;
    const text = this.log.repr(this.output);
    this.output = '';
    this.current?.reduction?.flushReads();
    this.log.push('print', text, text);
  }
}

/** `A.method` for methods, `helper` for a nested function (CPython's qualname without `<locals>` paths). */
function displayName(qualname: string): string {
  const parts = qualname.split('.<locals>.');
  return parts[parts.length - 1];
}
