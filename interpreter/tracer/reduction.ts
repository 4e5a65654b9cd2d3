// The reduction of one displayed expression into `eval` lines. Each finished subexpression replaces its
// own text with its value's repr; variable reads are batched and written only when the next operation is
// about to run (reads happen lazily, in evaluation order, so a mutation earlier in the expression is
// never hidden). A value whose repr starts with `<` (functions, instances without __repr__, iterators,
// modules) has no literal to show, so its node stays as written and its parent's step absorbs it.

import { PyDict, PyInstance, PyList, PySet, type PyValue } from '../objects/values.ts';
import type * as A from '../parser/ast.ts';
import type { Granularity } from './steps.ts';
import { unparse } from './unparse.ts';

/** Node kinds whose value never replaces their text (the parent operation consumes them whole). */
const NEVER_SUBSTITUTED: ReadonlySet<A.Expr['kind']> = new Set([
  'Slice',
  'Starred',
  'Lambda',
  'Yield',
  'YieldFrom',
]);

export function isOpaqueRepr(text: string): boolean {
  return text.startsWith('<');
}

/** Values a call made later in the same expression can change in place. */
function isMutable(v: PyValue): boolean {
  return (
    v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen) || v instanceof PyInstance
  );
}

export class Reduction {
  private readonly subs = new Map<A.Expr, string>();
  /** Substituted nodes whose values are mutable: their text is refreshed after each call. */
  private readonly live = new Map<A.Expr, PyValue>();
  /** The last text written for this expression, so an operation that changes nothing writes nothing. */
  private lastText: string | null = null;
  /** Reads applied since the last written line. */
  private pendingReads = false;
  /** expr granularity: whether the line with the reads substituted has been written. */
  private readsWritten = false;
  done = false;

  constructor(
    readonly root: A.Expr,
    private readonly granularity: Granularity,
    private readonly write: (text: string) => void,
    private readonly reprOf: (v: PyValue) => string,
  ) {
    // The expression as written is already on the statement's `L` line: an unchanged text is not news.
    this.lastText = granularity === 'line' ? null : unparse(root);
  }

  /** A subexpression (or the root) finished with `value`, whose repr is `text`. */
  finished(node: A.Expr, value: PyValue, text: string): void {
    if (this.done || this.granularity === 'line') return;
    const isRead = node.kind === 'Name';
    if (node.kind === 'Const') return;
    const substitutable = !isOpaqueRepr(text) && !NEVER_SUBSTITUTED.has(node.kind);
    if (substitutable && isMutable(value)) this.live.set(node, value);
    if (isRead) {
      if (!substitutable) return;
      this.subs.set(node, text);
      this.pendingReads = true;
      if (node === this.root) this.done = true;
      return;
    }
    if (this.granularity === 'expr') {
      if (node === this.root) this.finishExprGranularity(substitutable ? text : null);
      return;
    }
    if (node === this.root) {
      this.finishRoot(substitutable ? text : null);
      return;
    }
    this.flushReads();
    // A call may have changed objects shown earlier in this expression (`xs.append(g())` where g
    // mutates xs): from its result on, show them as they are now.
    if (node.kind === 'Call') this.refreshLive();
    if (!substitutable) return;
    this.subs.set(node, text);
    this.writeIfChanged(this.render());
  }

  /** Something is about to happen outside this expression (a call, a print, a raise): show the reads. */
  flushReads(): void {
    if (this.done || this.granularity === 'line') return;
    if (this.granularity === 'expr') {
      if (!this.readsWritten) {
        this.readsWritten = true;
        this.writeIfChanged(this.render());
      }
      return;
    }
    if (!this.pendingReads) return;
    this.pendingReads = false;
    this.writeIfChanged(this.render());
  }

  /** Forgets the reads not yet written (their values are shown by the step that follows). */
  discardReads(): void {
    this.pendingReads = false;
    if (this.granularity === 'expr') this.readsWritten = true;
  }

  /** The root finished; an augmented assignment's root finishes through its bind instead. */
  finishRoot(valueText: string | null): void {
    if (this.done) return;
    if (this.granularity === 'expr') {
      this.finishExprGranularity(valueText);
      return;
    }
    this.done = true;
    if (this.granularity === 'line') return;
    const before = this.render();
    const readsPending = this.pendingReads;
    this.pendingReads = false;
    // A read batch that already spells the value leaves nothing to compute (`[a, b]` -> `[1, 2]`).
    if (readsPending && before === valueText) return;
    if (readsPending) this.writeIfChanged(before);
    if (valueText !== null) this.writeIfChanged(valueText);
  }

  private finishExprGranularity(valueText: string | null): void {
    this.done = true;
    const before = this.render();
    if (!this.readsWritten && before !== valueText && !this.isAtomic()) this.writeIfChanged(before);
    this.readsWritten = true;
    if (valueText !== null && !this.isAtomic()) this.writeIfChanged(valueText);
  }

  private isAtomic(): boolean {
    return this.root.kind === 'Name' || this.root.kind === 'Const';
  }

  private refreshLive(): void {
    for (const [node, v] of this.live) {
      if (this.subs.has(node)) this.subs.set(node, this.reprOf(v));
    }
  }

  private render(): string {
    return unparse(this.root, this.subs);
  }

  private writeIfChanged(text: string): void {
    if (text === this.lastText) return;
    this.lastText = text;
    this.write(text);
  }
}
