// The builtin type objects. Their method tables (`dict`) are filled by interpreter/builtins/*; this module
// only creates the types and answers `typeOf`, so every other module can import it without cycles.

import { PyType } from './type.ts';
import { builtinTypeRef, PyObject, type PyValue } from './values.ts';

export const objectType = new PyType('object', []);
export const typeType = new PyType('type', [objectType]);
PyType.typeType = typeType;

function builtin(name: string, base: PyType = objectType): PyType {
  return new PyType(name, [base]);
}

export const intType = builtin('int');
export const boolType = builtin('bool', intType);
export const floatType = builtin('float');
export const strType = builtin('str');
export const noneType = builtin('NoneType');
export const listType = builtin('list');
export const tupleType = builtin('tuple');
export const dictType = builtin('dict');
export const setType = builtin('set');
export const frozensetType = builtin('frozenset');
export const rangeType = builtin('range');
export const sliceType = builtin('slice');
export const bytesType = builtin('bytes');
export const functionType = builtin('function');
export const builtinFunctionType = builtin('builtin_function_or_method');
export const methodType = builtin('method');
export const moduleType = builtin('module');
export const propertyType = builtin('property');
export const staticmethodType = builtin('staticmethod');
export const classmethodType = builtin('classmethod');
export const generatorType = builtin('generator');
export const superType = builtin('super');
export const ellipsisType = builtin('ellipsis');
export const notImplementedType = builtin('NotImplementedType');

Object.assign(builtinTypeRef, {
  float: floatType,
  list: listType,
  tuple: tupleType,
  dict: dictType,
  set: setType,
  frozenset: frozensetType,
  range: rangeType,
  slice: sliceType,
  bytes: bytesType,
  builtin_function_or_method: builtinFunctionType,
  method: methodType,
  module: moduleType,
  property: propertyType,
  staticmethod: staticmethodType,
  classmethod: classmethodType,
});

/** Iterator types are many and only differ by name (`list_iterator`, `map`, `zip`, ...); made on demand. */
const iteratorTypes = new Map<string, PyType>();
export function iteratorType(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (!t) {
    t = builtin(name);
    iteratorTypes.set(name, t);
  }
  return t;
}

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'number':
      return floatType;
    case 'boolean':
      return boolType;
    default:
      return v === null ? noneType : (v as PyObject).pyType();
  }
}

/** `isinstance(v, t)` for a single type. */
export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

/** The singletons `Ellipsis` and `NotImplemented`. */
class PySingleton extends PyObject {
  constructor(
    private readonly type: PyType,
    public readonly name: string,
  ) {
    super();
  }
  pyType(): PyType {
    return this.type;
  }
}
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');
