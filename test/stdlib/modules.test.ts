// The sandbox's stdlib modules run through the interpreter; every expected output was printed by
// python3.11 for the same snippet (a trailing EXC line is the uncaught exception).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter } from '../../interpreter/index.ts';
import { testPrintedCases } from '../helpers/printed-cases.ts';

const cases: [string, string, string][] = [
  [
    'Counter basics and most_common ties',
    "from collections import Counter\nc = Counter('abracadabra')\nprint(c, c.most_common(2), c.most_common(), c['z'], c.total(), sorted(c.elements()))\nprint(Counter([3, 1, 3, 2, 1, 3]).most_common(), Counter(a=2, b=-1), Counter(), Counter({'x': 1}))\nprint(isinstance(c, dict), len(c), list(c), c == Counter('aaaaabbrrcd'), Counter(a=1, b=0) == Counter(a=1))",
    "Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] [('a', 5), ('b', 2), ('r', 2), ('c', 1), ('d', 1)] 0 11 ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r']\n[(3, 3), (1, 2), (2, 1)] Counter({'a': 2, 'b': -1}) Counter() Counter({'x': 1})\nTrue 5 ['a', 'b', 'r', 'c', 'd'] True True\n",
  ],
  [
    'Counter update, subtract and arithmetic',
    "from collections import Counter\na = Counter(a=3, b=1); b = Counter(a=1, b=2, c=1)\nprint(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))\na.update('aab'); a.update({'z': 2}); print(a)\na.subtract(b); print(a)\na += Counter(q=1); print(a)\nc = a.copy(); c['new'] += 1; print(c, a.get('new'))",
    "Counter({'a': 4, 'b': 3, 'c': 1}) Counter({'a': 2}) Counter({'a': 3, 'b': 2, 'c': 1}) Counter({'a': 1, 'b': 1}) Counter({'b': 2}) Counter({'a': 1})\nCounter({'a': 5, 'b': 2, 'z': 2})\nCounter({'a': 4, 'z': 2, 'b': 0, 'c': -1})\nCounter({'a': 4, 'z': 2, 'q': 1})\nCounter({'a': 4, 'z': 2, 'q': 1, 'new': 1}) None\n",
  ],
  [
    'defaultdict',
    "from collections import defaultdict\nd = defaultdict(list)\nd['x'].append(1); d['y']; print(d, d.default_factory, len(d), 'z' in d, d.get('z'))\ng = defaultdict(int, {'a': 1}); g['b'] += 2; print(g, dict(g))\nn = defaultdict(); print(n)\ntry:\n    n['k']\nexcept KeyError as e:\n    print('KeyError', e)\nprint(defaultdict(lambda: 'dflt')[3])",
    "defaultdict(<class 'list'>, {'x': [1], 'y': []}) <class 'list'> 2 False None\ndefaultdict(<class 'int'>, {'a': 1, 'b': 2}) {'a': 1, 'b': 2}\ndefaultdict(None, {})\nKeyError 'k'\ndflt\n",
  ],
  [
    'defaultdict needs a callable',
    'from collections import defaultdict\ndefaultdict(5)',
    'EXC TypeError: first argument must be callable or None\n',
  ],
  [
    'OrderedDict',
    "from collections import OrderedDict\nod = OrderedDict([('b', 1), ('a', 2)]); od['c'] = 3\nod.move_to_end('b'); od.move_to_end('c', last=False); print(od, list(od.keys()))\nprint(od.popitem(), od.popitem(last=False), od, OrderedDict())\nprint(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})",
    "OrderedDict([('c', 3), ('a', 2), ('b', 1)]) ['c', 'a', 'b']\n('b', 1) ('c', 3) OrderedDict([('a', 2)]) OrderedDict()\nFalse True\n",
  ],
  [
    'deque',
    "from collections import deque\nq = deque([1, 2, 3])\nq.append(4); q.appendleft(0); q.extend([5]); q.extendleft('ab'); print(q, len(q), q[0], q[-1])\nprint(q.pop(), q.popleft(), q); q.rotate(2); print(q); q.rotate(-3); print(q)\nprint(q.count(1), q.index(2), 3 in q, list(reversed(q)), q == deque(q), q.copy())\nq.remove('a'); q.insert(1, 'i'); q[0] = 'first'; del q[1]; print(q)\nd = deque(range(5), maxlen=3); print(d, d.maxlen); d.appendleft(9); print(d); d.clear(); print(d, deque())",
    "deque(['b', 'a', 0, 1, 2, 3, 4, 5]) 8 b 5\n5 b deque(['a', 0, 1, 2, 3, 4])\ndeque([3, 4, 'a', 0, 1, 2])\ndeque([0, 1, 2, 3, 4, 'a'])\n1 2 True ['a', 4, 3, 2, 1, 0] True deque([0, 1, 2, 3, 4, 'a'])\ndeque(['first', 1, 2, 3, 4])\ndeque([2, 3, 4], maxlen=3) 3\ndeque([9, 2, 3], maxlen=3)\ndeque([], maxlen=3) deque([])\n",
  ],
  [
    'deque pop from empty',
    'from collections import deque\ndeque().popleft()',
    'EXC IndexError: pop from an empty deque\n',
  ],
  [
    'deque mutated during iteration',
    'from collections import deque\nq = deque([1, 2])\nfor x in q:\n    q.append(x)',
    'EXC RuntimeError: deque mutated during iteration\n',
  ],
  [
    'namedtuple',
    "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\np = Point(1, y=2)\nprint(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]), p == (1, 2), isinstance(p, tuple))\nx, y = p; print(x + y, len(p), list(p), Point)\nC = namedtuple('C', ['a', 'b', 'c'], defaults=[0, 1]); print(C(5), C._field_defaults)",
    "Point(x=1, y=2) 1 2 {'x': 1, 'y': 2} Point(x=9, y=2) ('x', 'y') Point(x=3, y=4) True True\n3 2 [1, 2] <class '__main__.Point'>\nC(a=5, b=0, c=1) {'b': 0, 'c': 1}\n",
  ],
  [
    'a class deriving from a namedtuple',
    "from collections import namedtuple\nclass P3(namedtuple('P3', 'x y z')):\n    def norm(self): return self.x + self.y + self.z\np = P3(1, 2, 3); print(p.norm(), p, p.y)",
    '6 P3(x=1, y=2, z=3) 2\n',
  ],
  [
    'namedtuple missing argument',
    "from collections import namedtuple\nnamedtuple('P', 'x y')(1)",
    "EXC TypeError: P.__new__() missing 1 required positional argument: 'y'\n",
  ],
  [
    'namedtuple bad field',
    "from collections import namedtuple\nnamedtuple('P', 'x _y')",
    "EXC ValueError: Field names cannot start with an underscore: '_y'\n",
  ],
  [
    'itertools infinite iterators',
    "import itertools as it\nprint(list(it.islice(it.count(5), 3)), list(it.islice(it.count(0, 0.5), 3)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))\nprint(it.count(3), it.repeat(1, 2), list(it.islice('abcdefg', 1, 6, 2)), list(it.islice(range(10), 3)), list(it.islice([1, 2], None)))",
    "[5, 6, 7] [0, 0.5, 1.0] ['a', 'b', 'a', 'b', 'a'] ['x', 'x', 'x']\ncount(3) repeat(1, 2) ['b', 'd', 'f'] [0, 1, 2] [1, 2]\n",
  ],
  [
    'itertools accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap',
    "import itertools as it, operator\nprint(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([3, 1, 4], max)))\nprint(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcd', [1, 0, 1])))\nprint(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, ''])), list(it.starmap(pow, [(2, 3), (3, 2)])))",
    "[1, 3, 6, 10] [1, 2, 6] [10, 11, 13] [3, 3, 4]\n['a', 'b', 1] ['x', 'y', 'z'] ['a', 'c']\n[4, 1] [1, 2] [0, ''] [8, 9]\n",
  ],
  [
    'itertools groupby',
    "import itertools as it\nprint([(k, list(g)) for k, g in it.groupby('aaabccaa')])\nprint([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])\ngroups = it.groupby('aabb'); k1, g1 = next(groups); k2, g2 = next(groups); print(k1, list(g1), k2, list(g2))",
    "[('a', ['a', 'a', 'a']), ('b', ['b']), ('c', ['c', 'c']), ('a', ['a', 'a'])]\n[(1, 2), (0, 2), (1, 1)]\na [] b ['b', 'b']\n",
  ],
  [
    'itertools combinatorics',
    "import itertools as it\nprint(list(it.product('ab', [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()))\nprint(list(it.permutations('abc')), list(it.permutations(range(3), 2)))\nprint(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 5)), list(it.combinations_with_replacement('ab', 2)))\nprint(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.pairwise('abcd')), [list(t) for t in it.tee([1, 2], 2)])",
    "[('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(1, 1), (1, 2), (2, 1), (2, 2)] [()]\n[('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')] [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]\n[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [] [('a', 'a'), ('a', 'b'), ('b', 'b')]\n[('a', 'x'), ('b', 'y'), ('-', 'z')] [('a', 'b'), ('b', 'c'), ('c', 'd')] [[1, 2], [1, 2]]\n",
  ],
  [
    'islice with a negative stop',
    'import itertools\nitertools.islice([1], -1)',
    'EXC ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.\n',
  ],
  [
    'permutations with negative r',
    'import itertools\nitertools.permutations([1], -1)',
    'EXC ValueError: r must be non-negative\n',
  ],
  [
    'functools reduce, partial',
    "import functools, operator\nprint(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a + b, [], 'init'), functools.reduce(max, [3, 9, 2]))\np = functools.partial(int, base=2); print(p('101'), p.func is int, p.args, p.keywords)\nadd3 = functools.partial(lambda a, b, c: a + b + c, 1, 2); print(add3(3), functools.partial(add3, 10)(), repr(add3).startswith('functools.partial(<function <lambda> at 0x'))",
    "6 init 9\n5 True () {'base': 2}\n6 13 True\n",
  ],
  [
    'reduce of an empty sequence',
    'import functools\nfunctools.reduce(lambda a, b: a, [])',
    'EXC TypeError: reduce() of empty iterable with no initial value\n',
  ],
  [
    'functools lru_cache and cache',
    "import functools\n@functools.lru_cache(maxsize=None)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(90), fib.cache_info())\n@functools.cache\ndef sq(x):\n    return x * x\nprint(sq(4), sq(4), sq.cache_info().hits)\n@functools.lru_cache(maxsize=2)\ndef ident(x):\n    print('miss', x)\n    return x\nfor v in [1, 2, 1, 3, 1, 2]: ident(v)\nprint(ident.cache_info()); ident.cache_clear(); print(ident.cache_info())\nclass A:\n    @functools.lru_cache()\n    def m(self, x): return x * 2\nprint(A().m(5), fib.__name__)",
    '2880067194370816120 CacheInfo(hits=88, misses=91, maxsize=None, currsize=91)\n16 16 1\nmiss 1\nmiss 2\nmiss 3\nmiss 2\nCacheInfo(hits=2, misses=4, maxsize=2, currsize=2)\nCacheInfo(hits=0, misses=0, maxsize=2, currsize=0)\n10 fib\n',
  ],
  [
    'functools cmp_to_key, wraps, total_ordering',
    "import functools\nprint(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))\ndef deco(f):\n    @functools.wraps(f)\n    def wrapper(*a):\n        return f(*a)\n    return wrapper\n@deco\ndef hello():\n    'doc'\n    return 1\nprint(hello.__name__, hello(), hello.__wrapped__.__name__)\n@functools.total_ordering\nclass V:\n    def __init__(self, v): self.v = v\n    def __eq__(self, o): return self.v == o.v\n    def __lt__(self, o): return self.v < o.v\nprint(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1), sorted([V(3), V(1)], reverse=True)[0].v)",
    "[3, 2, 1] ['a', 'bb', 'ccc']\nhello 1 hello\nTrue True True False 3\n",
  ],
  [
    'heapq layouts',
    "import heapq\nh = []\nfor x in [5, 3, 8, 1, 9, 2, 7]: heapq.heappush(h, x)\nprint(h)\nprint(heapq.heappop(h), h, heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)\ndata = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]; heapq.heapify(data); print(data)\nprint(heapq.nlargest(3, [1, 5, 2, 8, 3]), heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(0, [1]))\nt = []\nfor item in [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]: heapq.heappush(t, item)\nprint(t, [heapq.heappop(t) for _ in range(4)], list(heapq.merge([1, 4], [2, 3])))",
    "[1, 3, 2, 5, 9, 8, 7]\n1 [4, 5, 7, 10, 9, 8] 2 [4, 5, 7, 10, 9, 8] 3 [4, 5, 7, 10, 9, 8]\n[0, 1, 2, 3, 4, 7, 6, 9, 5, 8]\n[8, 5, 3] [1, 3] ['ccc', 'aa'] []\n[] [(0, 'q'), (1, 'z'), (2, 'a'), (2, 'b')] [1, 2, 3, 4]\n",
  ],
  ['heappop from an empty heap', 'import heapq\nheapq.heappop([])', 'EXC IndexError: index out of range\n'],
  [
    'bisect',
    "import bisect\na = [1, 2, 4, 4, 8]\nprint(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))\nbisect.insort(a, 5); bisect.insort_left(a, 4); print(a)\nrows = [(1, 'a'), (3, 'b')]; print(bisect.bisect_left(rows, 2, key=lambda r: r[0])); bisect.insort(rows, (2, 'c'), key=lambda r: r[0]); print(rows)",
    "2 4 0 5 3 2\n[1, 2, 4, 4, 4, 5, 8]\n1\n[(1, 'a'), (2, 'c'), (3, 'b')]\n",
  ],
  [
    'math functions',
    'import math\nprint(math.sqrt(16), math.isqrt(17), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(4))\nprint(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(10 ** 400))\nprint(math.fabs(-3), math.fmod(-7, 3), math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.copysign(2, -0.0), math.isclose(0.1 + 0.2, 0.3), math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))\nprint(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.degrees(math.pi), math.radians(180), math.pi, math.e, math.tau)\nprint(math.sin(0), math.cos(0), math.atan2(1, 1), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(7, 4), math.floor(7), type(math.floor(1.5)))',
    "4.0 4 -3 3 -2 2432902008176640000 120 20 24\n3 0 60 1024.0 2.718281828459045 2.0 10.0 -3.0 921.0340371976182\n3.0 -1.0 5.0 5.0 -2.0 True True True True\n24 1 1.0 0.9999999999999999 180.0 3.141592653589793 3.141592653589793 2.718281828459045 6.283185307179586\n0.0 1.0 0.7853981633974483 (-0.5, -3.0) (0.5, 4) 8.0 -1.0 7 <class 'int'>\n",
  ],
  ['math.sqrt of a negative number', 'import math\nmath.sqrt(-1)', 'EXC ValueError: math domain error\n'],
  [
    'math.factorial of a negative number',
    'import math\nmath.factorial(-1)',
    'EXC ValueError: factorial() not defined for negative values\n',
  ],
  ['math.exp overflow', 'import math\nmath.exp(1000)', 'EXC OverflowError: math range error\n'],
  [
    'math.floor of infinity',
    'import math\nmath.floor(math.inf)',
    'EXC OverflowError: cannot convert float infinity to integer\n',
  ],
  [
    'math with a str argument',
    "import math\nmath.sqrt('4')",
    'EXC TypeError: must be real number, not str\n',
  ],
  [
    'string constants and capwords',
    "import string\nprint(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation)\nprint(repr(string.whitespace), len(string.printable), string.capwords('hello   big world'), string.capwords('a-b c', '-'))",
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\n' \\t\\n\\r\\x0b\\x0c' 100 Hello Big World A-B c\n",
  ],
  [
    're match, search, fullmatch and Match objects',
    "import re\nm = re.match(r'(\\w+) (?P<last>\\w+)', 'Ada Lovelace!')\nprint(m, m.group(), m.group(1), m.group('last'), m[2], m.groups(), m.groupdict(), m.start(2), m.end(), m.span(1), m.lastindex)\nprint(re.search(r'\\d+', 'ab12cd345'), re.match(r'\\d', 'a1'), re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'\\w+', 'ab c'))\nm = re.match(r'(a)?(b)', 'b'); print(m.groups(), m.groups('-'), m.group(1, 2), m.start(1))",
    "<re.Match object; span=(0, 12), match='Ada Lovelace'> Ada Lovelace Ada Lovelace Lovelace ('Ada', 'Lovelace') {'last': 'Lovelace'} 4 12 (0, 3) 2\n<re.Match object; span=(2, 4), match='12'> None <re.Match object; span=(0, 2), match='ab'> None\n(None, 'b') ('-', 'b') (None, 'b') -1\n",
  ],
  [
    're findall, finditer, sub, subn, split, escape',
    "import re\nprint(re.findall(r'\\d+', 'a1b22c333'), re.findall(r'(\\w)(\\d)', 'a1 b2'), re.findall(r'(a)|b', 'ab'), re.findall(r'\\w*', 'ab c'))\nprint([m.span() for m in re.finditer(r'o', 'foo boo')], re.sub(r'(\\d+)', r'<\\1>', 'a1b22'), re.sub(r'(?P<n>\\d)', r'\\g<n>\\g<n>', 'x5'), re.subn('a', 'b', 'aaa', count=2))\nprint(re.sub(r'\\s+', ' ', '  a   b '), re.sub(r'[aeiou]', lambda m: m.group().upper(), 'education'), re.sub('x*', '-', 'abxd'))\nprint(re.split(r'[,;]\\s*', 'a, b;c'), re.split(r'(-)', 'a-b-c'), re.split(r'\\s', 'a b c', maxsplit=1), re.split(r'\\b', 'hi there'))\nprint(re.escape('a.b*c d'), re.compile(r'\\d+'), re.compile('x', re.I | re.M), re.I == 2, re.compile(r'(?P<y>\\d{4})').groupindex)",
    "['1', '22', '333'] [('a', '1'), ('b', '2')] ['a', ''] ['ab', '', 'c', '']\n[(1, 2), (2, 3), (5, 6), (6, 7)] a<1>b<22> x55 ('bba', 2)\n a b  EdUcAtIOn -a-b--d-\n['a', 'b', 'c'] ['a', '-', 'b', '-', 'c'] ['a', 'b c'] ['', 'hi', ' ', 'there', '']\na\\.b\\*c\\ d re.compile('\\\\d+') re.compile('x', re.IGNORECASE|re.MULTILINE) True {'y': 1}\n",
  ],
  [
    're empty matches follow CPython 3.7+ rules',
    "import re\nprint(re.findall('|a', 'aa'), re.findall(r'a*?', 'aab'), re.split(r'\\b', 'a b'), re.split('x*', 'axbc'), re.findall(r'(a|)', 'baa'))\nprint(re.sub('', '-', 'abc'), re.subn('a|', 'X', 'bab'), re.split(r'(\\d*)', 'a1b'), [m.span() for m in re.finditer(r'b*', 'abbc')])",
    "['', 'a', '', 'a', ''] ['', 'a', '', 'a', '', ''] ['', 'a', ' ', 'b', ''] ['', 'a', '', 'b', 'c', ''] ['', 'a', 'a', '']\n-a-b-c- ('XbXXbX', 4) ['', '', 'a', '1', '', '', 'b', '', ''] [(0, 0), (1, 3), (3, 3), (4, 4)]\n",
  ],
  [
    're flags and anchors',
    "import re\nprint(re.findall(r'^\\w', 'ab\\ncd', re.M), re.findall(r'^\\w', 'ab\\ncd'), re.findall(r'\\w$', 'ab\\ncd\\n'), re.findall(r'\\w$', 'ab\\ncd', re.M))\nprint(re.match('A', 'a', re.I), re.findall('.', 'a\\nb'), re.findall('.', 'a\\nb', re.S), re.findall(r'''(\\d+) # digits\n  \\s* (\\w)''', '12 a', re.X))\nprint(re.findall(r'\\bcat\\b', 'cat concat cat.'), re.search(r'\\Aab\\Z', 'ab'), re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{,2}', 'aaa'), re.findall('x{', 'x{'))\nprint(re.findall(r'[\\w.]+@[\\w.]+', 'me@x.org, you@y.com'), re.findall(r'(?i)hello', 'Hello HELLO'), re.findall(r'[^a-c]', 'abcdef'), re.findall(r'(\\w)\\1', 'aabbcd'), re.findall(r'(?P<c>\\w)(?P=c)', 'xxyz'))",
    "['a', 'c'] ['a'] ['d'] ['b', 'd']\n<re.Match object; span=(0, 1), match='a'> ['a', 'b'] ['a', '\\n', 'b'] [('12', 'a')]\n['cat', 'cat'] <re.Match object; span=(0, 2), match='ab'> ['aaa', 'aaa'] ['aa', 'a', ''] ['x{']\n['me@x.org', 'you@y.com'] ['Hello', 'HELLO'] ['d', 'e', 'f'] ['a', 'b'] ['x']\n",
  ],
  [
    're syntax errors raise re.error',
    "import re\nfor p in ['(abc', r'\\q', 'a)', '[a', '*', '(?P<1>a)', r'\\1']:\n    try:\n        re.compile(p)\n    except re.error as e:\n        print(type(e).__name__, e)",
    "error missing ), unterminated subpattern at position 0\nerror bad escape \\q at position 0\nerror unbalanced parenthesis at position 1\nerror unterminated character set at position 0\nerror nothing to repeat at position 0\nerror bad character in group name '1' at position 4\nerror invalid group reference 1 at position 1\n",
  ],
  [
    'typing annotations evaluate',
    "from typing import List, Dict, Optional, Tuple, Any, Union, Callable, TypeVar, Generic\nT = TypeVar('T')\ndef f(x: List[int], y: Optional[Dict[str, Tuple[int, ...]]] = None) -> Union[int, str]:\n    return len(x)\nprint(f([1, 2]), List[int], Optional[str], Dict[str, List[int]], Any, T, Callable[[int], str], Union[int, None])",
    '2 typing.List[int] typing.Optional[str] typing.Dict[str, typing.List[int]] typing.Any ~T typing.Callable[[int], str] typing.Optional[int]\n',
  ],
  [
    'a generic class',
    "from typing import Generic, TypeVar, List\nT = TypeVar('T')\nclass Stack(Generic[T]):\n    def __init__(self) -> None:\n        self.items: List[T] = []\n    def push(self, x: T) -> None:\n        self.items.append(x)\ns = Stack(); s.push(1); print(s.items, isinstance(s, Stack))",
    '[1] True\n',
  ],
  [
    'copy and deepcopy',
    "import copy\na = [[1, 2], {'k': [3]}]\nb = copy.copy(a); c = copy.deepcopy(a)\na[0].append(9); a[1]['k'].append(4)\nprint(b, c, b[0] is a[0], c[0] is a[0])\nclass P:\n    def __init__(self): self.items = [1]\np = P(); q = copy.deepcopy(p); q.items.append(2); print(p.items, q.items, copy.copy(p).items is p.items)\nshared = [1]; pair = [shared, shared]; d = copy.deepcopy(pair); print(d[0] is d[1], copy.deepcopy((1, 'a')) , copy.copy({1, 2}))\nfrom collections import defaultdict\ndd = defaultdict(list, {'a': [1]}); e = copy.deepcopy(dd); e['b'].append(2); print(e, dd)",
    "[[1, 2, 9], {'k': [3, 4]}] [[1, 2], {'k': [3]}] True False\n[1] [1, 2] True\nTrue (1, 'a') {1, 2}\ndefaultdict(<class 'list'>, {'a': [1], 'b': [2]}) defaultdict(<class 'list'>, {'a': [1]})\n",
  ],
  [
    'operator module',
    "import operator as op\nclass Y:\n    b = 7\nclass X:\n    a = Y\n    x, y = 1, 2\nprint(op.add(2, 3), op.mul('a', 3), op.neg(5), op.not_(0), op.eq(1, 1.0), op.lt(2, 1), op.getitem([1, 2], 1), op.contains('abc', 'b'), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 5))\nprint(op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)('abc'), op.attrgetter('a.b')(X), op.methodcaller('upper')('hi'), op.methodcaller('split', ',')('a,b'), op.itemgetter(1), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.index(True), op.countOf([1, 2, 1], 1))\nprint(sorted([('a', 3), ('b', 1)], key=op.itemgetter(1)), op.attrgetter('x', 'y')(X), op.is_(None, None), op.is_not(1, None))",
    "5 aaa -5 True True False 2 True 3.5 3 2 32\n6 ('a', 'c') 7 HI ['a', 'b'] operator.itemgetter(1) 2 7 5 1 2\n[('b', 1), ('a', 3)] (1, 2) True True\n",
  ],
  [
    'json dumps and loads',
    'import json\nprint(json.dumps({"a": [1, 2.0, None, True], "\u00e9": "x\\ny", "t": (1, 2)}))\nprint(json.dumps([1, [2, {}], []], indent=2))\nprint(json.dumps({1: 2, True: 3, None: 4, 1.5: 5}), json.dumps(float("nan")), json.dumps("\ud83d\ude00"), json.dumps("\u00e9", ensure_ascii=False))\nprint(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")), json.dumps({"a": 1}, indent=0), json.dumps([1], indent="\\t"))\nprint(json.loads(\'[1, 2.0, -3e2, "a\\\\u00e9", null, true, {"k": {}}]\'), json.loads(\'{"x": [1, {"y": false}]}\'))\nfor bad in ["", "[1,]", "{1: 2}", "[1] x", \'"abc\', "[1 2]", \'{"a" 1}\']:\n    try:\n        json.loads(bad)\n    except json.JSONDecodeError as e:\n        print(\'JSONDecodeError\', e)\ntry:\n    json.dumps({(1,): 2})\nexcept TypeError as e:\n    print(e)\ntry:\n    json.dumps(set())\nexcept TypeError as e:\n    print(e)\nprint(json.dumps({"k": {1, 2}}, default=sorted))\n',
    '{"a": [1, 2.0, null, true], "\\u00e9": "x\\ny", "t": [1, 2]}\n[\n  1,\n  [\n    2,\n    {}\n  ],\n  []\n]\n{"1": 3, "null": 4, "1.5": 5} NaN "\\ud83d\\ude00" "\u00e9"\n{"a":2,"b":1} {\n"a": 1\n} [\n\t1\n]\n[1, 2.0, -300.0, \'a\u00e9\', None, True, {\'k\': {}}] {\'x\': [1, {\'y\': False}]}\nJSONDecodeError Expecting value: line 1 column 1 (char 0)\nJSONDecodeError Expecting value: line 1 column 4 (char 3)\nJSONDecodeError Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\nJSONDecodeError Extra data: line 1 column 5 (char 4)\nJSONDecodeError Unterminated string starting at: line 1 column 1 (char 0)\nJSONDecodeError Expecting \',\' delimiter: line 1 column 4 (char 3)\nJSONDecodeError Expecting \':\' delimiter: line 1 column 6 (char 5)\nkeys must be str, int, float, bool or None, not tuple\nObject of type set is not JSON serializable\n{"k": [1, 2]}\n',
  ],
  [
    'statistics with exact fractions',
    'import statistics as s\nfor data in [[1, 2, 3], [1, 2], [0.1, 0.2, 0.3], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [3, -7, 12, 0, 5, 5], [2.5, 1, 4]]:\n    print(s.mean(data), s.median(data), s.mode(data), s.variance(data), s.stdev(data), s.pvariance(data), s.pstdev(data), s.fmean(data), s.median_low(data), s.median_high(data), s.multimode(data))\ntry:\n    s.mean([])\nexcept s.StatisticsError as e:\n    print(type(e).__name__, e, isinstance(e, ValueError))',
    '2 2 1 1 1.0 0.6666666666666666 0.816496580927726 2.0 2 2 [1, 2, 3]\n1.5 1.5 1 0.5 0.7071067811865476 0.25 0.5 1.5 1 2 [1, 2]\n0.2 0.2 0.1 0.009999999999999998 0.09999999999999999 0.006666666666666665 0.0816496580927726 0.19999999999999998 0.2 0.2 [0.1, 0.2, 0.3]\n2.875 2.625 2.5 1.16875 1.0810874155219827 0.9739583333333334 0.986893273527251 2.875 2.5 2.75 [2.5]\n3 4.0 5 39.6 6.292853089020909 33 5.744562646538029 3.0 3 5 [5]\n2.5 2.5 2.5 2.25 1.5 1.5 1.224744871391589 2.5 2.5 2.5 [2.5, 1, 4]\nStatisticsError mean requires at least one data point True\n',
  ],
  [
    'functools.cached_property',
    'import functools\nclass A:\n    def __init__(self): self.n = 0\n    @functools.cached_property\n    def v(self):\n        self.n += 1\n        return self.n * 10\na = A(); print(a.v, a.v, a.n)',
    '10 10 1\n',
  ],
  [
    'sys',
    'import sys\nprint(sys.float_info.epsilon, sys.float_info.max, sys.float_info)\nprint(sys.maxsize, sys.getrecursionlimit(), sys.version_info[:2], sys.version_info.major)\nsys.setrecursionlimit(5000); print(sys.getrecursionlimit())',
    '2.220446049250313e-16 1.7976931348623157e+308 sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)\n9223372036854775807 1000 (3, 11) 3\n5000\n',
  ],
];

testPrintedCases(cases);

const py = await loadInterpreter();

// The sandbox's own answers (not CPython's): modules outside the stdlib subset do not exist.
test('modules outside the sandbox are not found', () => {
  for (const name of ['os', 'subprocess', 'socket', 'time', 'pathlib', 'threading', 'io']) {
    const r = py.runModule(`import ${name}`);
    assert.deepEqual(r.ok ? 'ok' : formatFailure(r.error), `ModuleNotFoundError: No module named '${name}'`);
  }
  const r = py.runModule("import sys\nsys.stdout.write('x')");
  assert.equal(
    r.ok ? 'ok' : formatFailure(r.error),
    "AttributeError: module 'sys' has no attribute 'stdout'",
  );
});
