// `list[int]`, `dict[str, int]`, `int | None`: the objects annotations evaluate to (Python 3.11 evaluates
// function annotations when the def runs). They only need to exist and print like CPython's.

import { Ellipsis, iteratorType, noneType } from '../objects/builtin-types.ts';
import { PyType } from '../objects/type.ts';
import { PyList, PyObject, PyTuple, type PyValue } from '../objects/values.ts';
import { repr } from '../objects/repr.ts';
import { callValue } from '../objects/runtime.ts';
import { defineMethods, nativeFunction } from './define.ts';

export const genericAliasType: PyType = iteratorType('types.GenericAlias');
export const unionType: PyType = iteratorType('types.UnionType');

/** How typing and GenericAlias print a type argument: `int`, `__main__.Point`, `...`, `[int, str]`. */
export function typeArgRepr(v: PyValue): string {
  if (v === noneType) return 'None';
  if (v instanceof PyType) return v.isBuiltin ? v.name : `${v.module}.${v.name}`;
  if (v === Ellipsis) return '...';
  if (v === null) return 'None';
  if (v instanceof PyList) return '[' + v.items.map(typeArgRepr).join(', ') + ']';
  return repr(v);
}

export class PyGenericAlias extends PyObject {
  constructor(
    public readonly origin: PyValue,
    public readonly args: readonly PyValue[],
  ) {
    super();
  }
  pyType(): PyType {
    return genericAliasType;
  }
}

export class PyUnion extends PyObject {
  constructor(public readonly args: readonly PyValue[]) {
    super();
  }
  pyType(): PyType {
    return unionType;
  }
}

function argsOf(key: PyValue): PyValue[] {
  return key instanceof PyTuple ? key.items.slice() : [key];
}

function unionOf(a: PyValue, b: PyValue): PyUnion {
  const parts = [...(a instanceof PyUnion ? a.args : [a]), ...(b instanceof PyUnion ? b.args : [b])].map(
    (x) => (x === null ? noneType : x),
  );
  return new PyUnion(parts.filter((x, i) => parts.indexOf(x) === i));
}

const classGetItem = nativeFunction(
  '__class_getitem__',
  (args) => new PyGenericAlias(args[0]!, argsOf(args[1]!)),
);

/** Makes `T[...]` work for the given builtin types and `X | Y` for every type. */
export function installGenericAliases(types: PyType[], typeType: PyType): void {
  for (const t of types) t.dict.set('__class_getitem__', classGetItem);
  const or = (args: PyValue[]): PyValue => unionOf(args[0]!, args[1]!);
  const ror = (args: PyValue[]): PyValue => unionOf(args[1]!, args[0]!);
  defineMethods(typeType, { __or__: or, __ror__: ror });
  defineMethods(genericAliasType, {
    __repr__: (args) => {
      const g = args[0] as PyGenericAlias;
      return `${typeArgRepr(g.origin)}[${g.args.map(typeArgRepr).join(', ')}]`;
    },
    __or__: or,
    __ror__: ror,
    __call__: (args, kwargs) => {
      const g = args[0] as PyGenericAlias;
      return callValue(g.origin, args.slice(1), kwargs);
    },
  });
  defineMethods(unionType, {
    __repr__: (args) => (args[0] as PyUnion).args.map(typeArgRepr).join(' | '),
    __or__: or,
    __ror__: ror,
  });
}
