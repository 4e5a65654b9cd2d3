// The `collections` module.

import { nativeFunction } from '../../builtins/define.ts';
import type { PyModule } from '../../objects/values.ts';
import { makeModule } from '../module.ts';
import { counterType } from './counter.ts';
import { dequeType } from './deque.ts';
import { defaultdictType, orderedDictType } from './dicts.ts';
import { namedtuple } from './namedtuple.ts';

export function collectionsModule(): PyModule {
  return makeModule('collections', {
    Counter: counterType,
    defaultdict: defaultdictType,
    OrderedDict: orderedDictType,
    deque: dequeType,
    namedtuple: nativeFunction('namedtuple', namedtuple),
  });
}
