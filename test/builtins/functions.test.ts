// Builtin functions and type constructors run through the interpreter; every expected output was printed by
// python3.11 for the same snippet (a trailing EXC line is the uncaught exception).
import { testPrintedCases } from '../helpers/printed-cases.ts';

const cases: [string, string, string][] = [
  [
    'len, min, max with key and default',
    "print(len([1,2]), len('abc'), len({1: 2}), len(range(0, 10, 3)))\nprint(min(3, 1, 2), max([4, 9, 2]), max('abc', key=ord), min([], default='empty'))\nprint(max([(1, 'b'), (1, 'a')]), min([1, 1.0], key=lambda x: 0), max(['aa', 'b', 'cc'], key=len))",
    "2 3 1 4\n1 9 c empty\n(1, 'b') 1 aa\n",
  ],
  ['max of empty sequence', 'max([])', 'EXC ValueError: max() arg is an empty sequence\n'],
  [
    'min with default and several args',
    'min(1, 2, default=0)',
    'EXC TypeError: Cannot specify a default for min() with multiple positional arguments\n',
  ],
  [
    'sum: ints, floats, start, bools',
    'print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum([True, True, 1]), sum((1.5, 2), 10))',
    '6 0.9999999999999999 [1, 2] 3 13.5\n',
  ],
  [
    'sum refuses strings',
    "sum(['a', 'b'], '')",
    "EXC TypeError: sum() can't sum strings [use ''.join(seq) instead]\n",
  ],
  [
    'sorted and list.sort: key, reverse, stability',
    "words = ['bb', 'a', 'ccc', 'dd', 'e']\nprint(sorted(words, key=len), sorted(words, key=len, reverse=True))\nprint(sorted([3, 1.5, -2, True]), sorted('hello'), sorted({3: 1, 1: 2}))\nl = [(1, 'x'), (0, 'y'), (1, 'a')]; l.sort(key=lambda t: t[0], reverse=True); print(l)",
    "['a', 'e', 'bb', 'dd', 'ccc'] ['ccc', 'bb', 'dd', 'a', 'e']\n[-2, True, 1.5, 3] ['e', 'h', 'l', 'l', 'o'] [1, 3]\n[(1, 'x'), (1, 'a'), (0, 'y')]\n",
  ],
  [
    'sorting mixed types fails',
    "sorted([1, 'a'])",
    "EXC TypeError: '<' not supported between instances of 'str' and 'int'\n",
  ],
  [
    'reversed, enumerate, zip, map, filter',
    "print(list(reversed([1, 2, 3])), list(reversed('ab')), list(reversed(range(1, 8, 3))), list(reversed({'a': 1, 'b': 2})))\nprint(list(enumerate('ab', 5)), list(zip('abc', [1, 2], (True, False, None))), list(zip()))\nprint(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'x'])), list(filter(lambda x: x > 1, [1, 2, 3])))\nprint(type(map(str, [])).__name__, type(zip()).__name__, type(reversed([])).__name__, type(iter('a')).__name__, type(iter({})).__name__)",
    "[3, 2, 1] ['b', 'a'] [7, 4, 1] ['b', 'a']\n[(5, 'a'), (6, 'b')] [('a', 1, True), ('b', 2, False)] []\n[4, 10] [1, 'x'] [2, 3]\nmap zip list_reverseiterator str_ascii_iterator dict_keyiterator\n",
  ],
  [
    'zip strict',
    'list(zip([1, 2], [3], strict=True))',
    'EXC ValueError: zip() argument 2 is shorter than argument 1\n',
  ],
  [
    'any, all, iter with sentinel, next with default',
    "print(any([]), all([]), any([0, '', 3]), all([1, 0]))\nit = iter([1, 2]); print(next(it), next(it), next(it, 'done'))\ncounter = iter([3, 2, 1, 0, 5]).__next__\nprint(list(iter(counter, 0)))",
    'False True True False\n1 2 done\n[3, 2, 1]\n',
  ],
  ['next on exhausted iterator', 'next(iter([]))', 'EXC StopIteration\n'],
  [
    'round: ints, floats, halves, negative digits',
    'print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(-1.5))\nprint(round(15, -1), round(25, -1), round(-25, -1), round(7), round(1e300, -300), round(0.1 + 0.2, 15), type(round(2.0)))',
    "2 4 0 0.12 2.67 1200.0 -2\n20 20 -20 7 1e+300 0.3 <class 'int'>\n",
  ],
  ['round of nan', "round(float('nan'))", 'EXC ValueError: cannot convert float NaN to integer\n'],
  [
    'divmod and pow',
    'print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5))\nprint(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 3, -5))',
    '(3, 1) (-4, 1) (-4, -1) (-4.0, 0.5) (14.0, 0.0)\n1024 0.5 1 5 2 -2\n',
  ],
  [
    'pow with non-invertible base',
    'pow(2, -1, 4)',
    'EXC ValueError: base is not invertible for the given modulus\n',
  ],
  ['divmod by zero', 'divmod(1, 0)', 'EXC ZeroDivisionError: integer division or modulo by zero\n'],
  [
    'abs, hex, oct, bin, chr, ord',
    "print(abs(-3), abs(-2.5), abs(True), hex(255), hex(-255), oct(8), bin(-5), chr(65), chr(0x1F600) == '\\U0001F600', ord('a'), ord('\\u20ac'))",
    '3 2.5 1 0xff -0xff 0o10 -0b101 A True 97 8364\n',
  ],
  ['chr out of range', 'chr(0x110000)', 'EXC ValueError: chr() arg not in range(0x110000)\n'],
  [
    'ord of a long string',
    "ord('ab')",
    'EXC TypeError: ord() expected a character, but string of length 2 found\n',
  ],
  [
    'int() parsing',
    "print(int('  42 '), int('-0x1f', 16), int('0b101', 0), int('z', 36), int('1_000'), int(3.99), int(-3.99), int(True), int('0o17', 0), int(b'12'))",
    '42 -31 5 35 1000 3 -3 1 15 12\n',
  ],
  ['int() invalid literal', "int('1.5')", "EXC ValueError: invalid literal for int() with base 10: '1.5'\n"],
  ['int() bad base', "int('12', 1)", 'EXC ValueError: int() base must be >= 2 and <= 36, or 0\n'],
  [
    'int() of a list',
    'int([1])',
    "EXC TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'\n",
  ],
  [
    'float() parsing',
    "print(float(' 1e3 '), float('-inf'), float('nan'), float('1_0.5'), float('.5'), float(7), float('  -0  '), float(True))",
    '1000.0 -inf nan 10.5 0.5 7.0 -0.0 1.0\n',
  ],
  ['float() invalid', "float('1e')", "EXC ValueError: could not convert string to float: '1e'\n"],
  [
    'str, bool, list, tuple, dict, set constructors',
    "print(str(12), str(1.50), str(None), bool([]), bool('x'), list('ab'), tuple(range(3)), dict([('a', 1)], b=2), dict(a=1), sorted(set('hello')), frozenset([1, 1]))\nprint(list(), tuple(), dict(), set(), str(), int(), float(), bool())",
    "12 1.5 None False True ['a', 'b'] (0, 1, 2) {'a': 1, 'b': 2} {'a': 1} ['e', 'h', 'l', 'o'] frozenset({1})\n[] () {} set()  0 0.0 False\n",
  ],
  [
    'dict() from bad sequence',
    'dict([(1, 2, 3)])',
    'EXC ValueError: dictionary update sequence element #0 has length 3; 2 is required\n',
  ],
  ['range() errors', 'range(1, 2, 0)', 'EXC ValueError: range() arg 3 must not be zero\n'],
  [
    'range objects',
    'r = range(2, 20, 3)\nprint(r, len(r), r[2], r[-1], r[1:4], 8 in r, 9 in r, r.index(11), r.count(5), list(r[::-2]))\nprint(range(5).start, range(5).stop, range(1, 5, 2).step, list(range(5, 0, -2)), range(0))',
    'range(2, 20, 3) 6 8 17 range(5, 14, 3) True False 3 1 [17, 11, 5]\n0 5 2 [5, 3, 1] range(0, 0)\n',
  ],
  [
    'slice objects',
    's = slice(1, 10, 2)\nprint(s, s.start, s.stop, s.step, s.indices(5), slice(5), [0, 1, 2, 3, 4][slice(None, None, -2)])',
    'slice(1, 10, 2) 1 10 2 (1, 5, 2) slice(None, 5, None) [4, 2, 0]\n',
  ],
  [
    'bytes constructors',
    "print(bytes(3), bytes([65, 66]), bytes('h\u00e9', 'utf-8'), bytes.fromhex('41 42'), list(b'ab'), b'abc'[1], b'abc'[1:])",
    "b'\\x00\\x00\\x00' b'AB' b'h\\xc3\\xa9' b'AB' [97, 98] 98 b'bc'\n",
  ],
  ['bytes from a str without encoding', "bytes('a')", 'EXC TypeError: string argument without an encoding\n'],
  [
    'print with sep and end',
    "print(1, 2, 3, sep='-', end='!\\n')\nprint('a', 'b', sep='')\nprint()\nprint(*[1, 2], sep=', ')",
    '1-2-3!\nab\n\n1, 2\n',
  ],
  [
    'repr, ascii, format, hash, id',
    "print(repr('a'), ascii('\u00e9\u20ac\ud83d\ude00'), format(3.14159, '.2f'), format(42, '>5'), hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), id([]) != 0)",
    "'a' '\\xe9\\u20ac\\U0001f600' 3.14    42 True True True\n",
  ],
  ['input has no stdin', 'input()', 'EXC EOFError: EOF when reading a line\n'],
  [
    'open is not available',
    "try:\n    open('x')\nexcept OSError as e:\n    print(type(e).__name__)",
    'FileNotFoundError\n',
  ],
  [
    'exit raises SystemExit',
    "try:\n    exit(3)\nexcept SystemExit as e:\n    print('exit', e.args)",
    'exit (3,)\n',
  ],
  [
    'list methods',
    "l = [3, 1, 2]\nl.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)\nprint(l, l.pop(), l.pop(0), l.index(2), l.count(9), l.index(9, 2, 6))\nl.remove(9); l.reverse(); c = l.copy(); l.clear(); print(l, c)\nx = [1]; x += 'ab'; x *= 2; print(x, [1, 2] * 0, [[0]] * 2)",
    "[3, 1, 2, 4, 5, 9, 6] 7 0 2 1 5\n[] [6, 5, 4, 2, 1, 3]\n[1, 'a', 'b', 1, 'a', 'b'] [] [[0], [0]]\n",
  ],
  ['list.remove of a missing value', '[1].remove(2)', 'EXC ValueError: list.remove(x): x not in list\n'],
  ['list.index of a missing value', "['a'].index('b')", "EXC ValueError: 'b' is not in list\n"],
  ['list.pop from empty', '[].pop()', 'EXC IndexError: pop from empty list\n'],
  ['list.pop out of range', '[1].pop(3)', 'EXC IndexError: pop index out of range\n'],
  [
    'list iteration sees appends',
    'l = [1, 2]\nfor x in l:\n    if x < 4:\n        l.append(x + 2)\nprint(l)',
    '[1, 2, 3, 4, 5]\n',
  ],
  [
    'tuple methods',
    't = (1, 2, 1, 3)\nprint(t.count(1), t.index(3), t.index(1, 1), t[::-1], t + (4,), t * 2)',
    '2 3 2 (3, 1, 2, 1) (1, 2, 1, 3, 4) (1, 2, 1, 3, 1, 2, 1, 3)\n',
  ],
  ['tuple.index missing', '(1,).index(2)', 'EXC ValueError: tuple.index(x): x not in tuple\n'],
  [
    'dict methods',
    "d = {'a': 1, 'b': 2}\nprint(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d.pop('b'), d.pop('q', None))\nprint(d, d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()))\nd.update({'x': 1}, y=2); d.update([('z', 3)]); print(d, d.copy() == d, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))\nprint({'a': 1} | {'b': 2}, d.keys() & {'x', 'q'}, sorted(d.keys() - {'x'}), {1: 0, 2: 0, 9: 0}.keys() - {2}, sorted(d.items() | {(1, 2)}, key=str))\nk = d.keys(); d['new'] = 0; print(k, len(k), 'new' in k, ('x', 1) in d.items(), reversed(d) is not None)\nd.clear(); print(d)",
    "1 None 0 3 1 2 None\n{'a': 1} ('c', 3) {'a': 1} ['a'] [1] [('a', 1)]\n{'a': 1, 'x': 1, 'y': 2, 'z': 3} True {'a': None, 'b': None} {1: 0, 2: 0}\n{'a': 1, 'b': 2} {'x'} ['a', 'y', 'z'] {1, 9} [('a', 1), ('x', 1), ('y', 2), ('z', 3), (1, 2)]\ndict_keys(['a', 'x', 'y', 'z', 'new']) 5 True True True\n{}\n",
  ],
  ['dict.pop missing key', "{}.pop('k')", "EXC KeyError: 'k'\n"],
  ['dict.popitem on empty', '{}.popitem()', "EXC KeyError: 'popitem(): dictionary is empty'\n"],
  [
    'dict changed size during iteration',
    'd = {1: 1}\nfor k in d:\n    d[k + 1] = 1',
    'EXC RuntimeError: dictionary changed size during iteration\n',
  ],
  [
    'set changed size during iteration',
    's = {1}\nfor k in s:\n    s.add(k + 1)',
    'EXC RuntimeError: Set changed size during iteration\n',
  ],
  [
    'set methods',
    "s = {3, 1, 2}\ns.add(4); s.discard(9); s.remove(1); print(s, s.pop(), s)\na = {1, 2, 3}; b = {2, 3, 4}\nprint(a | b, a & b, a - b, a ^ b, a.union([5], (6,)), a.intersection(b, {3}), a.difference([1]), a.symmetric_difference([1, 9]))\nprint(a.issubset({1, 2, 3, 4}), a.issuperset([1]), a.isdisjoint({7}), {1, 2} < {1, 2, 3}, frozenset({1}) | {2})\nc = set(a); c.update([7], {8}); c.intersection_update(range(8)); c.difference_update({1}); c.symmetric_difference_update({2, 10}); print(c)\nprint({x % 5 for x in range(20)}, set([33, 10, 5]), set('aa'), {(1, 2), (0, 1)}, {-1, -2, 5}, {1.5, 0.5, 2})",
    "{3, 4} 2 {3, 4}\n{1, 2, 3, 4} {2, 3} {1} {1, 4} {1, 2, 3, 5, 6} {3} {2, 3} {2, 3, 9}\nTrue True True True frozenset({1, 2})\n{10, 3, 7}\n{0, 1, 2, 3, 4} {33, 10, 5} {'a'} {(0, 1), (1, 2)} {5, -1, -2} {0.5, 1.5, 2}\n",
  ],
  ['set.remove missing', '{1}.remove(2)', 'EXC KeyError: 2\n'],
  ['set.pop from empty', 'set().pop()', "EXC KeyError: 'pop from an empty set'\n"],
  [
    'iteration protocol of user classes',
    "class Count:\n    def __init__(self, n): self.n = n\n    def __iter__(self): return self\n    def __next__(self):\n        if self.n == 0: raise StopIteration\n        self.n -= 1\n        return self.n\nprint(list(Count(3)), sorted(Count(4)), sum(Count(5)), 2 in Count(5))\nclass Seq:\n    def __getitem__(self, i):\n        if i >= 3: raise IndexError\n        return i * 10\nprint(list(Seq()), 20 in Seq(), list(reversed([1, 2])))\nclass Box:\n    def __len__(self): return 2\n    def __getitem__(self, i): return 'xy'[i]\n    def __contains__(self, v): return v == 'q'\nprint(len(Box()), list(reversed(Box())), 'q' in Box(), 'x' in Box())",
    "[2, 1, 0] [0, 1, 2, 3] 10 True\n[0, 10, 20] True [2, 1]\n2 ['y', 'x'] True False\n",
  ],
  [
    'user __len__ must be non-negative',
    'class A:\n    def __len__(self): return -1\nlen(A())',
    'EXC ValueError: __len__() should return >= 0\n',
  ],
  ['iterating a non-iterable', 'for x in 5: pass', "EXC TypeError: 'int' object is not iterable\n"],
  [
    'user subclasses of list and dict',
    "class L(list):\n    pass\nl = L([1, 2]); l.append(3); print(l, len(l), isinstance(l, list), l[1:])\nclass D(dict):\n    def __missing__(self, k): return k * 2\nd = D(a=1); print(d['a'], d['zz'], isinstance(d, dict), len(d))",
    '[1, 2, 3] 3 True [2, 3]\n1 zzzz True 1\n',
  ],
  [
    'generic aliases in annotations',
    'def f(x: list[int], y: dict[str, tuple[int, ...]] | None = None) -> set[str]:\n    return x\nprint(f([1]), list[int], dict[str, int] | None)',
    '[1] list[int] dict[str, int] | None\n',
  ],
];

testPrintedCases(cases);
