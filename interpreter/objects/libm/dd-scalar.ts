// The double-double operations of double-double.ts without allocating: each returns the high part and
// leaves the low part (or the rounding error) for `lo()` to read before the next call. The hot paths
// (exp, log, pow) use these; V8 inlines them, so a result costs nothing beyond its arithmetic.

// A typed-array cell, not a `let`: a module variable holding a float would box it on every write.
const cell = new Float64Array(1);

/** The low part (or error) left by the last operation. */
export function lo(): number {
  return cell[0]!;
}

/** a + b: returns the rounded sum, leaves the exact error. */
export function sum2(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  cell[0] = a - (s - bb) + (b - bb);
  return s;
}

/** a + b for |a| >= |b| (or a zero): returns the rounded sum, leaves the exact error. */
export function fastSum2(a: number, b: number): number {
  const s = a + b;
  cell[0] = b - (s - a);
  return s;
}

const SPLITTER = 134217729; // 2**27 + 1 (Dekker's split into 26-bit halves)

/** a * b: returns the rounded product, leaves the exact error (|a b| well inside the float range). */
export function prod2(a: number, b: number): number {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  cell[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** (ah + al) + (bh + bl). */
export function add(ah: number, al: number, bh: number, bl: number): number {
  const s = sum2(ah, bh);
  const e = cell[0]! + al + bl;
  return fastSum2(s, e);
}

/** (ah + al) * (bh + bl). */
export function mul(ah: number, al: number, bh: number, bl: number): number {
  const p = prod2(ah, bh);
  const e = cell[0]! + (ah * bl + al * bh);
  return fastSum2(p, e);
}

/** (ah + al) * b. */
export function mulNum(ah: number, al: number, b: number): number {
  const p = prod2(ah, b);
  const e = cell[0]! + al * b;
  return fastSum2(p, e);
}
