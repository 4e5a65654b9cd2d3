// Object addresses in reprs (`<__main__.A object at 0x7f3a5c001040>`) are fake but handed out from one
// process-wide counter, so the same call traced twice would print different numbers. A trace renumbers
// them in order of first appearance, which makes every trace deterministic on its own.

import { typeOf } from '../objects/builtin-types.ts';
import { fakeAddress } from '../objects/repr.ts';
import { PyObject, type PyValue } from '../objects/values.ts';

const FIRST_ADDRESS = 0x7f3a5c001040n;
const ADDRESS_STEP = 0x30n;
const ADDRESS_IN_REPR = / at 0x([0-9a-f]+)>/g;

export class AddressNumbering {
  private readonly numbers = new Map<string, string>();

  /** `text` with every `at 0x...>` address replaced by this trace's number for it. */
  normalize(text: string): string {
    if (!text.includes(' at 0x')) return text;
    return text.replace(ADDRESS_IN_REPR, (_, hex: string) => {
      let mapped = this.numbers.get(hex);
      if (mapped === undefined) {
        mapped = (FIRST_ADDRESS + ADDRESS_STEP * BigInt(this.numbers.size)).toString(16);
        this.numbers.set(hex, mapped);
      }
      return ` at 0x${mapped}>`;
    });
  }
}

/** CPython's default repr, for an object whose own __repr__ failed. */
export function defaultObjectRepr(v: PyValue): string {
  const name = typeOf(v).reprName;
  return v instanceof PyObject ? `<${name} object at 0x${fakeAddress(v).toString(16)}>` : `<${name} object>`;
}
