// Python type objects: builtin types and user-defined classes alike are PyType instances, so `type(x)`,
// `isinstance`, attribute lookup through the MRO and `int.__name__` all work the same way for both.

import { PyObject, type PyValue } from './values.ts';

export class PyType extends PyObject {
  /** Method resolution order, this type first (C3 linearization, as CPython computes it). */
  mro: PyType[];
  /** The metaclass; `type` for every class we support. */
  static typeType: PyType;

  constructor(
    public name: string,
    public bases: PyType[],
    /** Class attributes: methods (native or user functions), class variables, descriptors. */
    public readonly dict: Map<string, PyValue> = new Map(),
    /** `builtins` for builtin types, `__main__` (or a module name) for classes a program defines. */
    public module = 'builtins',
  ) {
    super();
    this.mro = computeMro(this);
  }

  pyType(): PyType {
    return PyType.typeType;
  }

  get isBuiltin(): boolean {
    return this.module === 'builtins';
  }

  /** Looks `name` up along the MRO, as `type.__getattribute__` does for class attributes. */
  lookup(name: string): PyValue | undefined {
    for (const t of this.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }

  /** `<class 'int'>` for builtins, `<class '__main__.Point'>` otherwise. */
  get reprName(): string {
    return this.isBuiltin ? this.name : `${this.module}.${this.name}`;
  }
}

/** Thrown (as a host Error) only for class hierarchies C3 cannot order; callers turn it into TypeError. */
export class MroError extends Error {}

function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0]!.mro];
  const seqs = [...t.bases.map((b) => [...b.mro]), [...t.bases]];
  const out: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const head = live.map((s) => s[0]!).find((c) => !live.some((s) => s.indexOf(c) > 0));
    if (head === undefined) {
      throw new MroError(
        `Cannot create a consistent method resolution order (MRO) for bases ${t.bases.map((b) => b.name).join(', ')}`,
      );
    }
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}
