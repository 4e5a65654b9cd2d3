// Python `==` as a host boolean. Primitives and builtin containers are compared here directly; anything
// else goes through the full rich-comparison protocol in compare.ts.

import { richCompare, builtinCompare } from './compare.ts';
import { isNativeValue } from './dunder.ts';
import { compareIntFloat } from './int-math.ts';
import { truthy } from './truth.ts';
import type { PyValue } from './values.ts';

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) {
    // Same object: builtin values are equal to themselves (host NaN numbers are never `===`, and a boxed
    // PyNaN is not a native value); user classes may still define an odd __eq__, so they take the slow path.
    if (typeof a !== 'object' || a === null || isNativeValue(a)) return true;
  }
  switch (typeof a) {
    case 'string':
      if (typeof b === 'string') return false;
      break;
    case 'bigint':
      if (typeof b === 'bigint') return false;
      if (typeof b === 'number') return compareIntFloat(a, b) === 0;
      if (typeof b === 'boolean') return a === (b ? 1n : 0n);
      break;
    case 'number':
      if (typeof b === 'number') return a === b;
      if (typeof b === 'bigint') return compareIntFloat(b, a) === 0;
      if (typeof b === 'boolean') return a === (b ? 1 : 0);
      break;
    case 'boolean':
      if (typeof b === 'boolean') return false;
      if (typeof b === 'bigint') return b === (a ? 1n : 0n);
      if (typeof b === 'number') return b === (a ? 1 : 0);
      break;
  }
  if (a === null || typeof a !== 'object') {
    if (b === null || typeof b !== 'object' || isNativeValue(b)) return false;
  } else if (isNativeValue(a) && (b === null || typeof b !== 'object' || isNativeValue(b))) {
    return builtinCompare('==', a, b) === true;
  }
  return truthy(richCompare('==', a, b));
}

export function pyNe(a: PyValue, b: PyValue): boolean {
  if (a === b && (typeof a !== 'object' || a === null || isNativeValue(a))) return false;
  switch (typeof a) {
    case 'string':
    case 'bigint':
    case 'number':
    case 'boolean':
      if (typeof b !== 'object') return !pyEq(a, b);
  }
  return truthy(richCompare('!=', a, b));
}

/** Element equality as containers test it: identity first, then `==` (`x is y or x == y`). */
export function itemEq(a: PyValue, b: PyValue): boolean {
  return a === b || pyEq(a, b);
}
