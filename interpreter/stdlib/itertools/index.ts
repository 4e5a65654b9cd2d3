// The `itertools` module.

import { nativeFunction } from '../../builtins/define.ts';
import type { PyModule } from '../../objects/values.ts';
import { makeModule } from '../module.ts';
import {
  accumulateType,
  chainType,
  compressType,
  countType,
  cycleType,
  dropwhileType,
  filterfalseType,
  isliceType,
  pairwiseType,
  repeatType,
  starmapType,
  takewhileType,
  zipLongestType,
} from './basic.ts';
import {
  combinationsType,
  combinationsWithReplacementType,
  groupbyType,
  permutationsType,
  productType,
  tee,
} from './combinatorics.ts';

export function itertoolsModule(): PyModule {
  return makeModule('itertools', {
    count: countType,
    cycle: cycleType,
    repeat: repeatType,
    accumulate: accumulateType,
    chain: chainType,
    compress: compressType,
    dropwhile: dropwhileType,
    takewhile: takewhileType,
    filterfalse: filterfalseType,
    groupby: groupbyType,
    islice: isliceType,
    starmap: starmapType,
    tee: nativeFunction('tee', tee),
    zip_longest: zipLongestType,
    product: productType,
    permutations: permutationsType,
    combinations: combinationsType,
    combinations_with_replacement: combinationsWithReplacementType,
    pairwise: pairwiseType,
  });
}
