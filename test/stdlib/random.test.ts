// The random module against CPython 3.11: every expected output below was printed by python3.11 for the
// same snippet (a trailing EXC line is the uncaught exception), so equal seeds must give equal numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter } from '../../interpreter/index.ts';
import { sha512 } from '../../interpreter/stdlib/hashlib/sha512.ts';
import { MersenneTwister, keyWords } from '../../interpreter/stdlib/random/mt19937.ts';
import * as libm from '../../interpreter/objects/libm/index.ts';

const cases: [string, string, string][] = [
  [
    'seed(42) and the first floats',
    'import random\nrandom.seed(42)\nprint([random.random() for _ in range(3)])\nrandom.seed(42)\nprint(random.random())',
    '[0.6394267984578837, 0.025010755222666936, 0.27502931836911926]\n0.6394267984578837\n',
  ],
  [
    'randint and randrange',
    'import random\nrandom.seed(1)\nprint([random.randint(1, 6) for _ in range(12)])\nprint(random.randrange(10), random.randrange(5, 15), random.randrange(0, 100, 5), random.randrange(50, 0, -7))\nprint(random.randrange(10**30), random.randint(-10**20, 10**20), random.randrange(True, 5), random.randrange(3.0))',
    '[2, 5, 1, 3, 1, 4, 4, 4, 6, 4, 2, 1]\n7 5 60 8\n60780489790179468729821236854 -17997080100506297768 2 2\n',
  ],
  [
    'choice over str, list, tuple and range',
    "import random\nrandom.seed(3)\nprint(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice((1, 2)), random.choice(range(5, 500, 5)), random.choice(b'xyz'))",
    'b 30 1 240 122\n',
  ],
  [
    'shuffle in place',
    "import random\nrandom.seed(0)\nx = list(range(15))\nprint(random.shuffle(x), x)\ny = ['a', 'b', 'c', 'd']\nrandom.shuffle(y)\nprint(y)",
    "None [1, 10, 9, 5, 11, 2, 3, 7, 8, 4, 0, 14, 12, 6, 13]\n['c', 'a', 'd', 'b']\n",
  ],
  [
    'sample: pool-based, set-based and counts',
    "import random\nrandom.seed(5)\nprint(random.sample(range(100), 10))\nprint(random.sample(range(10**6), 6), random.sample('abcdefgh', 3), random.sample((1, 2, 3), 3))\nprint(random.sample(['x', 'y', 'z'], 4, counts=[1, 2, 3]), random.sample(range(30), 0))",
    "[79, 32, 94, 45, 88, 83, 67, 3, 59, 99]\n[989181, 261150, 680499, 54372, 944662, 164470] ['b', 'c', 'd'] [1, 2, 3]\n['z', 'y', 'x', 'y'] []\n",
  ],
  [
    'choices: unweighted, weights and cum_weights',
    "import random\nrandom.seed(9)\nprint(random.choices('abc', k=8))\nprint(random.choices('abc', [5, 1, 1], k=8))\nprint(random.choices(range(4), cum_weights=[1, 2, 3.5, 10], k=6), random.choices([1, 2]))",
    "['b', 'b', 'a', 'c', 'a', 'b', 'c', 'a']\n['a', 'a', 'a', 'a', 'a', 'a', 'b', 'a']\n[2, 1, 3, 3, 3, 3] [1]\n",
  ],
  [
    'Random instances are independent of the module',
    'import random\nrandom.seed(1)\nr = random.Random(7)\nprint(r.randrange(0, 100, 5), random.Random(7).randrange(0, 100, 5), random.random())\nprint(r.random(), random.Random(7).random(), isinstance(r, random.Random), type(r).__name__)',
    '50 50 0.13436424411240122\n0.9478653606090632 0.32383276483316237 True Random\n',
  ],
  [
    'getrandbits and randbytes',
    'import random\nrandom.seed(2)\nprint(random.getrandbits(0), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33))\nprint(random.getrandbits(100), random.randbytes(6))',
    "0 1 1853513164 4070888059 3646664648\n1058572032843848632617269336531 b'D\\x10I+h\\xbc'\n",
  ],
  [
    'int, float, str, bytes and bool seeds',
    "import random\nfor s in [0, 1, -1, 2**32, -(2**100) + 7, 3.5, -1.5, True, 'hello', '', 'héllo☃𝄞', b'bytes', bytearray(b'ba')]:\n    random.seed(s)\n    print(repr(s), random.random(), random.randint(0, 10**9))",
    "0 0.8444218515250481 813847339\n1 0.13436424411240122 909925047\n-1 0.13436424411240122 909925047\n4294967296 0.11299430095636409 448640321\n-1267650600228229401496703205369 0.5729330935711059 232828404\n3.5 0.3039190124834461 247115783\n-1.5 0.7101153317194698 849215\nTrue 0.13436424411240122 909925047\n'hello' 0.3537754404730722 712104051\n'' 0.9602256525641875 639318720\n'héllo☃𝄞' 0.21833570843867456 958208211\nb'bytes' 0.37075677971469856 719761787\nbytearray(b'ba') 0.6102644558390378 629729791\n",
  ],
  [
    'version 1 seeds',
    "import random\nrandom.seed('abc', version=1)\nprint(random.random())\nrandom.seed(b'abc', version=1)\nprint(random.random())\nrandom.seed(5, version=1)\nprint(random.random())",
    '0.09639374978773074\n0.09639374978773074\n0.6229016948897019\n',
  ],
  [
    'uniform, triangular and the normal distributions',
    'import random\nr = random.Random(11)\nprint(r.uniform(1, 10), r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 5, 5))\nprint(r.gauss(), r.gauss(5, 2), r.gauss(), r.normalvariate(), r.normalvariate(3, 0.5), r.lognormvariate(0, 1))',
    '5.071415981588368 0.530837121076537 7.537652892441512 5\n-1.328979200686309 4.868941189973127 0.47801210224915397 1.0762923740794708 2.500219821943784 1.4139038024019928\n',
  ],
  [
    'other distributions',
    'import random\nr = random.Random(12)\nprint(r.expovariate(2), r.paretovariate(3), r.weibullvariate(1, 2), r.vonmisesvariate(1, 4), r.vonmisesvariate(0, 0))\nprint(r.gammavariate(0.5, 2), r.gammavariate(1, 2), r.gammavariate(5, 1), r.betavariate(2, 3), r.betavariate(0.5, 0.5))',
    '0.32176979784545306 1.4292280120174554 1.04778051005641 0.8864336210524764 1.7218952434301538\n1.0141411414125188 2.1654055528038723 2.769856259945488 0.4717236887894159 0.046724995512346074\n',
  ],
  [
    'getstate and setstate replay the stream',
    'import random\nr = random.Random(99)\ns = r.getstate()\na = [r.random() for _ in range(5)]\nr.setstate(s)\nprint(a == [r.random() for _ in range(5)], s[0], len(s[1]), s[1][-1], s[2])\nr.gauss()\nst = r.getstate()\ng = r.gauss()\nr.setstate(st)\nprint(g == r.gauss(), type(st[2]).__name__)',
    'True 3 625 624 None\nTrue float\n',
  ],
  [
    'subclass overriding random() draws through it',
    "import random\nclass Half(random.Random):\n    def random(self):\n        return 0.25\nh = Half(1)\nprint(h.randrange(10), h.choice('abcdefgh'), h.sample(range(10), 3), h.choices('ab', k=3), h.uniform(0, 8))",
    "8 a [8, 9, 0] ['a', 'a', 'a'] 2.0\n",
  ],
  [
    'subclass overriding getrandbits and randrange',
    "import random\nclass Bits(random.Random):\n    def getrandbits(self, k):\n        print('bits', k)\n        return 3\nprint(Bits(1).randrange(10))\nclass Over(random.Random):\n    def randrange(self, *a):\n        return ('randrange', a)\nprint(Over(4).randint(1, 6))",
    "bits 4\n3\n('randrange', (1, 7))\n",
  ],
  [
    'subclass __init__ with and without super()',
    "import random\nclass Pair(random.Random):\n    def __init__(self, a, b):\n        super().__init__(a + b)\n        self.tag = 'pair'\np = Pair(5, 6)\nprint(p.random() == random.Random(11).random(), p.tag, p.__dict__)\nclass Bare(random.Random):\n    def __init__(self, a):\n        pass\nprint(Bare(5).random(), Bare(5).randint(1, 100))",
    "True pair {'gauss_next': None, 'tag': 'pair'}\n0.0 1\n",
  ],
  [
    'random.randrange(0, 0)',
    'import random\nrandom.randrange(0, 0)',
    'EXC ValueError: empty range for randrange() (0, 0, 0)\n',
  ],
  [
    'random.randrange(0)',
    'import random\nrandom.randrange(0)',
    'EXC ValueError: empty range for randrange()\n',
  ],
  [
    'random.randrange(5, 1, 0)',
    'import random\nrandom.randrange(5, 1, 0)',
    'EXC ValueError: zero step for randrange()\n',
  ],
  [
    'random.randrange(5, 1, 2)',
    'import random\nrandom.randrange(5, 1, 2)',
    'EXC ValueError: empty range for randrange()\n',
  ],
  [
    'random.randrange(1.5)',
    'import random\nrandom.randrange(1.5)',
    'EXC ValueError: non-integer arg 1 for randrange()\n',
  ],
  [
    "random.randrange('3')",
    "import random\nrandom.randrange('3')",
    'EXC ValueError: non-integer arg 1 for randrange()\n',
  ],
  [
    "random.randrange(1, 'x')",
    "import random\nrandom.randrange(1, 'x')",
    "EXC ValueError: invalid literal for int() with base 10: 'x'\n",
  ],
  [
    'random.randrange(1, 3.5)',
    'import random\nrandom.randrange(1, 3.5)',
    'EXC ValueError: non-integer stop for randrange()\n',
  ],
  [
    'random.randrange(1, 7, 2.5)',
    'import random\nrandom.randrange(1, 7, 2.5)',
    'EXC ValueError: non-integer step for randrange()\n',
  ],
  [
    'random.randrange(3, step=2)',
    'import random\nrandom.randrange(3, step=2)',
    'EXC TypeError: Missing a non-None stop argument\n',
  ],
  [
    'random.randint(3, 1)',
    'import random\nrandom.randint(3, 1)',
    'EXC ValueError: empty range for randrange() (3, 2, -1)\n',
  ],
  [
    'random.randint(1, 3.5)',
    'import random\nrandom.randint(1, 3.5)',
    'EXC ValueError: non-integer stop for randrange()\n',
  ],
  [
    'random.choice([])',
    'import random\nrandom.choice([])',
    'EXC IndexError: Cannot choose from an empty sequence\n',
  ],
  [
    'random.choice(5)',
    'import random\nrandom.choice(5)',
    "EXC TypeError: object of type 'int' has no len()\n",
  ],
  [
    'random.sample({1, 2}, 1)',
    'import random\nrandom.sample({1, 2}, 1)',
    'EXC TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).\n',
  ],
  [
    'random.sample([1, 2], 3)',
    'import random\nrandom.sample([1, 2], 3)',
    'EXC ValueError: Sample larger than population or is negative\n',
  ],
  [
    'random.sample([1, 2], -1)',
    'import random\nrandom.sample([1, 2], -1)',
    'EXC ValueError: Sample larger than population or is negative\n',
  ],
  [
    'random.sample(range(10), 3, counts=[1] * 3)',
    'import random\nrandom.sample(range(10), 3, counts=[1] * 3)',
    'EXC ValueError: The number of counts does not match the population\n',
  ],
  [
    'random.sample([1, 2], 1, counts=[0, 0])',
    'import random\nrandom.sample([1, 2], 1, counts=[0, 0])',
    'EXC ValueError: Total of counts must be greater than zero\n',
  ],
  [
    'random.sample([1, 2], 1, counts=[1.0, 1])',
    'import random\nrandom.sample([1, 2], 1, counts=[1.0, 1])',
    'EXC TypeError: Counts must be integers\n',
  ],
  [
    'random.choices([1, 2], [1])',
    'import random\nrandom.choices([1, 2], [1])',
    'EXC ValueError: The number of weights does not match the population\n',
  ],
  [
    'random.choices([1, 2], 3)',
    'import random\nrandom.choices([1, 2], 3)',
    'EXC TypeError: The number of choices must be a keyword argument: k=3\n',
  ],
  [
    'random.choices([1, 2], [1, 2], cum_weights=[1, 2])',
    'import random\nrandom.choices([1, 2], [1, 2], cum_weights=[1, 2])',
    'EXC TypeError: Cannot specify both weights and cumulative weights\n',
  ],
  [
    'random.choices([1, 2], [0, 0])',
    'import random\nrandom.choices([1, 2], [0, 0])',
    'EXC ValueError: Total of weights must be greater than zero\n',
  ],
  [
    "random.choices([1, 2], [1, float('inf')])",
    "import random\nrandom.choices([1, 2], [1, float('inf')])",
    'EXC ValueError: Total of weights must be finite\n',
  ],
  [
    'random.choices([], k=2)',
    'import random\nrandom.choices([], k=2)',
    'EXC IndexError: list index out of range\n',
  ],
  [
    'random.getrandbits(-1)',
    'import random\nrandom.getrandbits(-1)',
    'EXC ValueError: number of bits must be non-negative\n',
  ],
  [
    'random.getrandbits(1.0)',
    'import random\nrandom.getrandbits(1.0)',
    "EXC TypeError: 'float' object cannot be interpreted as an integer\n",
  ],
  [
    'random.Random(1).getrandbits()',
    'import random\nrandom.Random(1).getrandbits()',
    'EXC TypeError: Random.getrandbits() takes exactly one argument (0 given)\n',
  ],
  [
    'random.random(1)',
    'import random\nrandom.random(1)',
    'EXC TypeError: Random.random() takes no arguments (1 given)\n',
  ],
  [
    'random.random(x=1)',
    'import random\nrandom.random(x=1)',
    'EXC TypeError: Random.random() takes no keyword arguments\n',
  ],
  [
    'random.expovariate()',
    'import random\nrandom.expovariate()',
    "EXC TypeError: Random.expovariate() missing 1 required positional argument: 'lambd'\n",
  ],
  [
    'random.Random(1, 2)',
    'import random\nrandom.Random(1, 2)',
    'EXC TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given\n',
  ],
  [
    'random.Random([1])',
    'import random\nrandom.Random([1])',
    'EXC TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\n',
  ],
  [
    'random.seed({})',
    'import random\nrandom.seed({})',
    'EXC TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.\n',
  ],
  [
    'random.shuffle((1, 2))',
    'import random\nrandom.shuffle((1, 2))',
    "EXC TypeError: 'tuple' object does not support item assignment\n",
  ],
  [
    'random.randint(1)',
    'import random\nrandom.randint(1)',
    "EXC TypeError: Random.randint() missing 1 required positional argument: 'b'\n",
  ],
  [
    'random.randint()',
    'import random\nrandom.randint()',
    "EXC TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'\n",
  ],
  [
    'random.randint(1, a=2)',
    'import random\nrandom.randint(1, a=2)',
    "EXC TypeError: Random.randint() got multiple values for argument 'a'\n",
  ],
  [
    'random.randint(1, c=2)',
    'import random\nrandom.randint(1, c=2)',
    "EXC TypeError: Random.randint() got an unexpected keyword argument 'c'\n",
  ],
  [
    'random.getstate(1)',
    'import random\nrandom.getstate(1)',
    'EXC TypeError: Random.getstate() takes 1 positional argument but 2 were given\n',
  ],
  [
    'random.sample([1, 2])',
    'import random\nrandom.sample([1, 2])',
    "EXC TypeError: Random.sample() missing 1 required positional argument: 'k'\n",
  ],
  [
    'random.choices([1], [1], 2)',
    'import random\nrandom.choices([1], [1], 2)',
    'EXC TypeError: Random.choices() takes from 2 to 3 positional arguments but 4 were given\n',
  ],
  [
    'random.setstate((2, (1,), None))',
    'import random\nrandom.setstate((2, (1,), None))',
    'EXC ValueError: state vector is the wrong size\n',
  ],
  [
    'random.setstate((4, (), None))',
    'import random\nrandom.setstate((4, (), None))',
    'EXC ValueError: state with version 4 passed to Random.setstate() of version 3\n',
  ],
  [
    'random.gammavariate(0, 1)',
    'import random\nrandom.gammavariate(0, 1)',
    'EXC ValueError: gammavariate: alpha and beta must be > 0.0\n',
  ],
  [
    'random.expovariate(0)',
    'import random\nrandom.expovariate(0)',
    'EXC ZeroDivisionError: float division by zero\n',
  ],
  [
    'random.paretovariate(0)',
    'import random\nrandom.paretovariate(0)',
    'EXC ZeroDivisionError: float division by zero\n',
  ],
  [
    'copy and deepcopy carry the generator state',
    'import random, copy\nr = random.Random(1)\nc = copy.copy(r)\nd = copy.deepcopy(r)\nprint(c.random() == r.random() == d.random(), c is r, type(d).__name__)\nprint(r.__reduce__()[0], r.__reduce__()[1], r.__getstate__()[0])',
    "True False Random\n<class 'random.Random'> () 3\n",
  ],
  [
    'ranges longer than a float counts exactly',
    'import random\nrandom.seed(3)\nprint(random.sample(range(2**62 + 1), 3), random.choice(range(2**62 + 7)), random.sample(range(5, 2**61, 3), 4))',
    '[1202937964474309450, 4372372156980035837, 4327904458897121193] 1768527152493174067 [1871101275906085217, 1901044787589874532, 1373594971908004373, 802163587751371988]\n',
  ],
];

const py = await loadInterpreter();

function run(code: string): string {
  let out = '';
  const r = py.runModule(code, { stdout: (text) => (out += text) });
  if (!r.ok) out += `EXC ${formatFailure(r.error)}\n`;
  return out;
}

for (const [title, code, expected] of cases) {
  test(title, () => assert.equal(run(code), expected));
}

test('an unseeded module and seed(None) use the fixed default seed 0 (CPython would use os.urandom)', () => {
  const code =
    'import random\na = random.random()\nrandom.seed(0)\nprint(a == random.random(), a)\nrandom.seed()\n' +
    'b = random.random()\nrandom.seed(None)\nprint(b == random.random(), b == a, random.Random().random() == a)';
  assert.equal(run(code), 'True 0.8444218515250481\nTrue True True\n');
  assert.equal(run(code), run(code));
});

test('SHA-512 digests match hashlib', () => {
  const hex = (s: string): string => Buffer.from(sha512(new TextEncoder().encode(s))).toString('hex');
  assert.equal(
    hex(''),
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
  );
  assert.equal(
    hex('abc'),
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  );
  assert.equal(
    hex('a'.repeat(200)),
    '4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f',
  );
});

test('MT19937 keyed like CPython gives its words, floats and bits', () => {
  const mt = new MersenneTwister();
  mt.seedByArray(keyWords(42n));
  assert.deepEqual(
    [mt.nextFloat(), mt.nextFloat(), mt.nextBits(100), mt.nextBits(7)],
    [0.6394267984578837, 0.025010755222666936, 176140902141063639299770569303n, 94n],
  );
  assert.deepEqual(keyWords(0n), [0]);
  assert.deepEqual(keyWords(2n ** 32n + 5n), [5, 1]);
});

// Arguments where V8's Math functions are one ulp away from glibc (which CPython calls); the expected
// values are glibc's, and libm.ts rounds correctly, so it agrees with them.
const libmCases: [keyof typeof libm, number[], number][] = [
  ['exp', [4.014274576114836], 55.383104599661074],
  ['exp', [1.7448583050232722], 5.725090201423083],
  ['exp', [0], 1],
  ['exp', [1], 2.718281828459045],
  ['log', [0.5778834244172827], -0.5483831185108635],
  ['log', [0.3765105472024949], -0.976809218316521],
  ['log', [1], 0],
  ['log', [4], 1.3862943611198906],
  ['sin', [3.964362331536511], -0.7330325559932825],
  ['sin', [3.578383043176721], -0.4230333757653835],
  ['cos', [1.3860690955436004], 0.18367841239715835],
  ['cos', [3.8012889047790233], -0.7901784285654906],
  ['cos', [0], 1],
  ['pow', [0.06085083722148943, 0.4141247279349658], 0.3137145914716411],
  ['pow', [0.22155738499985422, 0.08426488249981823], 0.8807394996257673],
  ['pow', [0.25, 0.5], 0.5],
  ['acos', [0.4109977420174483], 1.1472480825109368],
  ['acos', [0.296617911396164], 1.269647098078443],
  ['acos', [0.5], 1.0471975511965979],
  ['acos', [-0.3], 1.8754889808102941],
];

test('libm functions agree with glibc where V8 differs', () => {
  for (const [name, args, expected] of libmCases) {
    const fn = libm[name] as (...a: number[]) => number;
    assert.equal(fn(...args), expected, `${name}(${args.join(', ')})`);
  }
});
