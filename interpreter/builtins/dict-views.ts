// The objects behind dict.keys(), dict.values() and dict.items(): live views over the dict's table (they see
// later insertions), with their own type names so reprs and errors read `dict_keys`, `dict_items`, ...

import { iteratorType } from '../objects/builtin-types.ts';
import type { PyType } from '../objects/type.ts';
import { PyDict, PyObject } from '../objects/values.ts';

export type DictViewKind = 'keys' | 'values' | 'items';

export const dictKeysType: PyType = iteratorType('dict_keys');
export const dictValuesType: PyType = iteratorType('dict_values');
export const dictItemsType: PyType = iteratorType('dict_items');

const viewTypes: Record<DictViewKind, PyType> = {
  keys: dictKeysType,
  values: dictValuesType,
  items: dictItemsType,
};

export class PyDictView extends PyObject {
  constructor(
    public readonly dict: PyDict,
    public readonly kind: DictViewKind,
  ) {
    super();
  }
  pyType(): PyType {
    return viewTypes[this.kind];
  }
}
