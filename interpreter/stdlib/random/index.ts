// The `random` module: a hidden Random instance whose bound methods are the module functions, as in
// random.py. Each import builds a fresh instance seeded with DEFAULT_SEED, so an unseeded program still
// gives the same numbers on every run (CPython would seed from os.urandom; the sandbox has no entropy).

import { PyBoundMethod, type PyModule, type PyValue } from '../../objects/values.ts';
import { makeModule } from '../module.ts';
import { LOG4, NV_MAGICCONST, SG_MAGICCONST } from './distributions.ts';
import { BPF, PyRandom } from './generator.ts';
import { MODULE_FUNCTIONS, randomType, seedRandom } from './random-type.ts';

export { DEFAULT_SEED } from './seed.ts';

export function randomModule(): PyModule {
  const hidden = new PyRandom(randomType, randomType);
  seedRandom(hidden, null);
  const entries: Record<string, PyValue> = {
    Random: randomType,
    BPF: BigInt(BPF),
    RECIP_BPF: 2 ** -BPF,
    TWOPI: 2 * Math.PI,
    LOG4,
    NV_MAGICCONST,
    SG_MAGICCONST,
  };
  for (const name of MODULE_FUNCTIONS) entries[name] = new PyBoundMethod(hidden, randomType.dict.get(name)!);
  return makeModule('random', entries);
}
