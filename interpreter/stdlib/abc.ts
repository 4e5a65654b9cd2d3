// `abc`: ABC as an ordinary base class and abstractmethod as a marker. Abstract-method enforcement at
// instantiation is not modelled (programs that run correctly never trigger it).

import { objectType, typeType } from '../objects/builtin-types.ts';
import { PyType } from '../objects/type.ts';
import type { PyModule } from '../objects/values.ts';
import { functions, makeModule } from './module.ts';

const abcType = new PyType('ABC', [objectType], new Map(), 'abc');

export function abcModule(): PyModule {
  return makeModule('abc', {
    ABC: abcType,
    ABCMeta: typeType,
    ...functions({
      abstractmethod: (args) => args[0]!,
    }),
  });
}
