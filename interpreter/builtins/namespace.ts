// The `builtins` namespace every program starts with: functions, type objects, exception types and
// constants. Method tables of the builtin types are installed once, when this module loads.

import {
  boolType,
  bytesType,
  dictType,
  Ellipsis,
  floatType,
  frozensetType,
  intType,
  listType,
  NotImplemented,
  objectType,
  rangeType,
  setType,
  sliceType,
  strType,
  tupleType,
  typeType,
} from '../objects/builtin-types.ts';
import { coreBuiltins } from '../evaluator/builtins-core.ts';
import { dynamicCodeBuiltins } from '../evaluator/dynamic-code.ts';
import { builtinExceptionTypes } from '../objects/exceptions.ts';
import type { PyValue } from '../objects/values.ts';
import { bytearrayType, installByteArray } from './bytearray.ts';
import { installScalarConstructors } from './constructors.ts';
import { installDictMethods } from './dict.ts';
import { dirBuiltins } from './dir.ts';
import { extraExceptionTypes } from './exception-types.ts';
import { installGenericAliases } from './generic-alias.ts';
import { iterableBuiltins } from './functions.ts';
import { ioBuiltins } from './io.ts';
import { installListMethods } from './list.ts';
import { installNumberMethods } from './numbers.ts';
import { numericBuiltins } from './numeric.ts';
import { installRangeMethods } from './range.ts';
import { installSetMethods } from './set.ts';

installListMethods();
installDictMethods();
installSetMethods();
installRangeMethods();
installScalarConstructors();
installByteArray();
installNumberMethods();
installGenericAliases([listType, dictType, tupleType, setType, frozensetType, typeType], typeType);

/** A fresh builtins namespace (the maps are per run; the objects in them are shared). */
export function createBuiltins(): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  const types = {
    int: intType,
    float: floatType,
    str: strType,
    bool: boolType,
    list: listType,
    tuple: tupleType,
    dict: dictType,
    set: setType,
    frozenset: frozensetType,
    range: rangeType,
    slice: sliceType,
    bytes: bytesType,
    bytearray: bytearrayType,
    object: objectType,
    type: typeType,
  };
  for (const [name, t] of Object.entries(types)) ns.set(name, t);
  for (const part of [
    iterableBuiltins(),
    numericBuiltins(),
    ioBuiltins(),
    dynamicCodeBuiltins(),
    dirBuiltins(),
  ]) {
    for (const [name, v] of part) ns.set(name, v);
  }
  for (const [name, t] of builtinExceptionTypes()) ns.set(name, t);
  for (const [name, t] of extraExceptionTypes()) ns.set(name, t);
  ns.set('Ellipsis', Ellipsis);
  ns.set('NotImplemented', NotImplemented);
  for (const [name, v] of coreBuiltins()) ns.set(name, v);
  return ns;
}
