// Python counts match positions in code points; the JavaScript engine counts UTF-16 units. A string with
// no surrogate needs no conversion (the fast path); otherwise both directions are tabulated once per
// string, so a finditer over a long astral string stays linear.

import { hasSurrogates } from '../../objects/code-points.ts';

export class Positions {
  /** False when units and code points agree. */
  readonly astral: boolean;
  /** Code point count (`len(s)`). */
  readonly length: number;
  private cpOfUnit: Uint32Array | null = null;
  private unitOfCp: Uint32Array | null = null;

  constructor(readonly s: string) {
    this.astral = hasSurrogates(s);
    if (!this.astral) this.length = s.length;
    else {
      this.tabulate();
      this.length = this.unitOfCp!.length - 1;
    }
  }

  private tabulate(): void {
    const s = this.s;
    const cpOfUnit = new Uint32Array(s.length + 1);
    const units: number[] = [];
    let cp = 0;
    for (let u = 0; u < s.length; cp++) {
      units.push(u);
      cpOfUnit[u] = cp;
      const c = s.charCodeAt(u);
      const pair =
        c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00;
      if (pair) cpOfUnit[u + 1] = cp;
      u += pair ? 2 : 1;
    }
    cpOfUnit[s.length] = cp;
    units.push(s.length);
    this.cpOfUnit = cpOfUnit;
    this.unitOfCp = Uint32Array.from(units);
  }

  /** Code point index of a UTF-16 offset on a code point boundary. */
  toCp(unit: number): number {
    return this.astral ? this.cpOfUnit![unit]! : unit;
  }

  /** UTF-16 offset of a code point index, 0 ≤ cp ≤ length. */
  toUnit(cp: number): number {
    return this.astral ? this.unitOfCp![cp]! : cp;
  }
}
