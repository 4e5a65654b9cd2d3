// Operation kinds: what a true step did, in the words reports use. Divergences are counted per kind, and
// error rates divide them by how many true steps of that kind the model reached.

import { reducedOperation } from './operation.ts';
import type { DiagStep } from './steps.ts';

/**
 * The operation a true step performed: the name the adapter gave it (rewrite-context.ts), else for an
 * `eval` step the operation found by diffing its text with its value, else its step kind.
 */
export function operationKind(step: DiagStep): string {
  if (step.op !== undefined && step.op !== '') return step.op;
  if (step.kind === 'eval' && step.value !== undefined) return reducedOperation(step.text, step.value);
  return step.kind;
}

/** How many true steps of each operation kind `steps` holds. */
export function countKinds(steps: readonly DiagStep[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const step of steps) {
    const kind = operationKind(step);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}
