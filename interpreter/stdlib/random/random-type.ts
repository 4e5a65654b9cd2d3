// random.Random: construction, seeding and the method table. Each method binds its arguments with
// random.py's signature (params.ts) and draws from the instance's source (generator.ts).

import { binaryOp } from '../../objects/arithmetic.ts';
import { TypeError, pyError } from '../../objects/exceptions.ts';
import { callValue, rt } from '../../objects/runtime.ts';
import type { PyType } from '../../objects/type.ts';
import { PyList, PyTuple, type Kwargs, type NativeImpl, type PyValue } from '../../objects/values.ts';
import { expectArgs, nativeFunction, noKwargs } from '../../builtins/define.ts';
import { makeClass } from '../module.ts';
import * as dist from './distributions.ts';
import { PyRandom, asRandom, sourceOf } from './generator.ts';
import { randbytes, randint, randomBits, randrange } from './integers.ts';
import { bind, type Signature } from './params.ts';
import { choice, choices, sample, shuffle } from './sequences.ts';
import { seedGenerator, seedInt } from './seed.ts';
import { getState, setState } from './state.ts';

/** Random.seed(a=None, version=2): rekeys the generator and forgets a pending gauss() value. */
export function seedRandom(r: PyRandom, a: PyValue, version: PyValue = 2n): void {
  seedGenerator(r.mt, seedInt(a, version));
  r.gaussNext = null;
}

function sig(name: string, params: string[], required: number, keywordOnly: string[] = []): Signature {
  return { name: `Random.${name}`, params, required, keywordOnly };
}

/**
 * The bound method `name` when `self`'s class overrides it: random.py calls randrange, normalvariate and
 * gammavariate through `self` from randint, lognormvariate and betavariate.
 */
function override(self: PyValue, name: string): PyValue | undefined {
  const r = asRandom(self);
  if (r.cls === r.base || r.cls.lookup(name) === r.base.dict.get(name)) return undefined;
  return rt().getAttr(self, name);
}

function normal(self: PyValue, mu: PyValue, sigma: PyValue): PyValue {
  const over = override(self, 'normalvariate');
  return over === undefined ? dist.normalvariate(sourceOf(self), mu, sigma) : callValue(over, [mu, sigma]);
}

function gamma(self: PyValue, alpha: PyValue): PyValue {
  const over = override(self, 'gammavariate');
  return over === undefined ? dist.gammavariate(sourceOf(self), alpha, 1.0) : callValue(over, [alpha, 1.0]);
}

/** A method written in Python in random.py: `body(self, boundArgs)`. */
function pyMethod(s: Signature, body: (self: PyValue, a: (PyValue | undefined)[]) => PyValue): NativeImpl {
  return (args, kwargs) => {
    if (args.length === 0)
      throw pyError(TypeError, `${s.name}() missing 1 required positional argument: 'self'`);
    return body(args[0]!, bind(s, args.slice(1), kwargs));
  };
}

/** A distribution method: random.py's parameters with trailing defaults, drawing from `self`. */
function draw(
  name: string,
  params: string[],
  defaults: PyValue[],
  fn: (self: PyValue, ...a: PyValue[]) => PyValue,
): NativeImpl {
  const required = params.length - defaults.length;
  return pyMethod(sig(name, params, required), (self, a) =>
    fn(self, ...a.map((v, i) => (v === undefined ? defaults[i - required]! : v))),
  );
}

function copyOf(self: PyValue): PyValue {
  const r = asRandom(self);
  const copy = callValue(r.cls, []);
  setState(asRandom(copy), getState(r));
  return copy;
}

const methods: Record<string, NativeImpl> = {
  __init__: pyMethod(sig('__init__', ['x'], 0), (self, [x]) => {
    callValue(rt().getAttr(self, 'seed'), [x ?? null]);
    // random.py resets it here too, in case an overriding seed() did not.
    asRandom(self).gaussNext = null;
    return null;
  }),
  seed: pyMethod(sig('seed', ['a', 'version'], 0), (self, [a, version]) => {
    seedRandom(asRandom(self), a ?? null, version ?? 2n);
    return null;
  }),
  random: (args, kwargs) => {
    noKwargs('Random.random', kwargs);
    expectArgs('Random.random', args.slice(1), 0);
    return asRandom(args[0]!).mt.nextFloat();
  },
  getrandbits: (args, kwargs) => {
    noKwargs('Random.getrandbits', kwargs);
    expectArgs('Random.getrandbits', args.slice(1), 1);
    return randomBits(asRandom(args[0]!).own, args[1]!);
  },
  getstate: pyMethod(sig('getstate', [], 0), (self) => getState(asRandom(self))),
  setstate: pyMethod(sig('setstate', ['state'], 1), (self, [state]) => {
    setState(asRandom(self), state!);
    return null;
  }),
  __getstate__: pyMethod(sig('__getstate__', [], 0), (self) => getState(asRandom(self))),
  __setstate__: pyMethod(sig('__setstate__', ['state'], 1), (self, [state]) => {
    setState(asRandom(self), state!);
    return null;
  }),
  __reduce__: pyMethod(
    sig('__reduce__', [], 0),
    (self) => new PyTuple([asRandom(self).cls, new PyTuple([]), getState(asRandom(self))]),
  ),
  // The copy module here does not go through __reduce__, so these rebuild a copy the way it would:
  // `cls()` (running __init__), then the saved generator state.
  __copy__: pyMethod(sig('__copy__', [], 0), (self) => copyOf(self)),
  __deepcopy__: pyMethod(sig('__deepcopy__', ['memo'], 1), (self) => copyOf(self)),
  randrange: pyMethod(sig('randrange', ['start', 'stop', 'step'], 1), (self, [start, stop, step]) =>
    randrange(sourceOf(self), start!, stop ?? null, step),
  ),
  randint: pyMethod(sig('randint', ['a', 'b'], 2), (self, [a, b]) => {
    const over = override(self, 'randrange');
    return over === undefined
      ? randint(sourceOf(self), a!, b!)
      : callValue(over, [a!, binaryOp('+', b!, 1n)]);
  }),
  randbytes: pyMethod(sig('randbytes', ['n'], 1), (self, [n]) => randbytes(sourceOf(self), n!)),
  choice: pyMethod(sig('choice', ['seq'], 1), (self, [seq]) => choice(sourceOf(self), seq!)),
  choices: pyMethod(
    sig('choices', ['population', 'weights'], 1, ['cum_weights', 'k']),
    (self, [population, weights, cumWeights, k]) =>
      choices(sourceOf(self), population!, weights ?? null, cumWeights ?? null, k ?? 1n),
  ),
  shuffle: pyMethod(sig('shuffle', ['x'], 1), (self, [x]) => {
    shuffle(sourceOf(self), x!);
    return null;
  }),
  sample: pyMethod(
    sig('sample', ['population', 'k'], 2, ['counts']),
    (self, [population, k, counts]): PyList => sample(sourceOf(self), population!, k!, counts ?? null),
  ),
};

const distributions: [string, string[], PyValue[], (self: PyValue, ...a: PyValue[]) => PyValue][] = [
  ['uniform', ['a', 'b'], [], (s, a, b) => dist.uniform(sourceOf(s), a!, b!)],
  [
    'triangular',
    ['low', 'high', 'mode'],
    [0.0, 1.0, null],
    (s, lo, hi, m) => dist.triangular(sourceOf(s), lo!, hi!, m!),
  ],
  ['normalvariate', ['mu', 'sigma'], [0.0, 1.0], (s, mu, sg) => dist.normalvariate(sourceOf(s), mu!, sg!)],
  ['gauss', ['mu', 'sigma'], [0.0, 1.0], (s, mu, sg) => dist.gauss(sourceOf(s), asRandom(s), mu!, sg!)],
  ['lognormvariate', ['mu', 'sigma'], [], (s, mu, sg) => dist.lognormal(normal(s, mu!, sg!))],
  ['expovariate', ['lambd'], [], (s, l) => dist.expovariate(sourceOf(s), l!)],
  ['vonmisesvariate', ['mu', 'kappa'], [], (s, mu, k) => dist.vonmisesvariate(sourceOf(s), mu!, k!)],
  ['gammavariate', ['alpha', 'beta'], [], (s, a, b) => dist.gammavariate(sourceOf(s), a!, b!)],
  ['betavariate', ['alpha', 'beta'], [], (s, a, b) => dist.betavariate((x) => gamma(s, x), a!, b!)],
  ['paretovariate', ['alpha'], [], (s, a) => dist.paretovariate(sourceOf(s), a!)],
  ['weibullvariate', ['alpha', 'beta'], [], (s, a, b) => dist.weibullvariate(sourceOf(s), a!, b!)],
];
for (const [name, params, defaults, fn] of distributions) methods[name] = draw(name, params, defaults, fn);

/** Random() and Random(x): the plain class is seeded right here (its __init__ is not called separately). */
function newRandom(args: PyValue[], kwargs: Kwargs | null): PyRandom {
  const cls = args[0] as PyType;
  const r = new PyRandom(cls, randomType);
  if (cls === randomType) {
    const [x] = bind(sig('__init__', ['x'], 0), args.slice(1), kwargs);
    seedRandom(r, x ?? null);
  }
  return r;
}

export const randomType: PyType = makeClass('Random', 'random', [], methods);
randomType.dict.set('__new__', nativeFunction('__new__', newRandom, randomType));
randomType.dict.set('VERSION', 3n);

/** Names random.py exports as bound methods of its hidden module-level instance. */
export const MODULE_FUNCTIONS = [
  'seed',
  'random',
  'uniform',
  'triangular',
  'randint',
  'choice',
  'randrange',
  'sample',
  'shuffle',
  'choices',
  'normalvariate',
  'lognormvariate',
  'expovariate',
  'vonmisesvariate',
  'gammavariate',
  'gauss',
  'betavariate',
  'paretovariate',
  'weibullvariate',
  'getstate',
  'setstate',
  'getrandbits',
  'randbytes',
];
