// User classes deriving from builtin types (list, dict, tuple, set, frozenset) and from the stdlib's
// namedtuple classes, Counter, defaultdict, OrderedDict, deque and typing.Generic. Every expected output was
// printed by python3.11 for the same program.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printed } from './helpers.ts';

const cases: [title: string, code: string, expected: string][] = [
  [
    'list subclass: extra methods, slices, isinstance, MRO, +=',
    'class Stack(list):\n    def push(self, x):\n        self.append(x)\n    def peek(self):\n        return self[-1]\ns = Stack([1, 2])\ns.push(3)\nprint(s, s.peek(), len(s), s[0], s[1:], type(s[1:]).__name__, type(s).__name__)\nprint(isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list), type(s) is Stack, s == [1, 2, 3])\nprint(s.pop(), s, sorted(Stack([3, 1, 2])), list(reversed(s)), Stack.__bases__, Stack.__mro__)\ns += [7]\nprint(s, type(s).__name__, type(s + [1]).__name__, s * 2, 2 in s, s.index(2), s.count(1))\n',
    "[1, 2, 3] 3 3 1 [2, 3] list Stack\nTrue True True True True\n3 [1, 2] [1, 2, 3] [2, 1] (<class 'list'>,) (<class '__main__.Stack'>, <class 'list'>, <class 'object'>)\n[1, 2, 7] Stack list [1, 2, 7, 1, 2, 7] True 1 1\n",
  ],
  [
    'list subclass: __init__ with super().__init__, instance attributes',
    "class Tagged(list):\n    def __init__(self, items, tag):\n        super().__init__(items)\n        self.tag = tag\n    def describe(self):\n        return f'{self.tag}:{len(self)}'\nt = Tagged([3, 1, 2], 'nums')\nt.sort()\nt.extra = True\nprint(t, t.tag, t.extra, t.describe(), t.__dict__)\ntry:\n    t.missing\nexcept AttributeError as e:\n    print('AttributeError', e)\ndel t.extra\nprint(hasattr(t, 'extra'), getattr(t, 'tag'))\n",
    "[1, 2, 3] nums True nums:3 {'tag': 'nums', 'extra': True}\nAttributeError 'Tagged' object has no attribute 'missing'\nFalse nums\n",
  ],
  [
    'list subclass: __getitem__/__len__/__setitem__/__delitem__/append overrides',
    "class Rev(list):\n    def __getitem__(self, i):\n        return super().__getitem__(-1 - i)\n    def __len__(self):\n        return 100\nr = Rev([1, 2, 3])\nprint(r[0], r[2], len(r), list(r), bool(Rev()), r)\nclass Loud(list):\n    def __setitem__(self, i, v):\n        print('set', i, v)\n        super().__setitem__(i, v * 10)\n    def __delitem__(self, i):\n        print('del', i)\n        super().__delitem__(i)\n    def append(self, x):\n        super().append(x)\n        print('appended', x)\nl = Loud([1, 2, 3])\nl[0] = 5\ndel l[1]\nl.append(4)\nprint(l)\n",
    '3 1 100 [1, 2, 3] True [1, 2, 3]\nset 0 5\ndel 1\nappended 4\n[50, 3, 4]\n',
  ],
  [
    'list subclass: __repr__ via super(), __eq__, __contains__, unhashable',
    "class Bag(list):\n    def __repr__(self):\n        return 'Bag' + super().__repr__()\n    def __eq__(self, other):\n        return sorted(self) == sorted(other)\n    def __contains__(self, x):\n        return x == 'magic' or super().__contains__(x)\nb = Bag([2, 1])\nprint(b, str(b), [b], f'{b}', b == [1, 2], b != [1, 2], b == [3], 'magic' in b, 1 in b, 5 in b)\nprint(list.__repr__(b), repr(list(b)), [1, 2] == b)\ntry:\n    hash(b)\nexcept TypeError as e:\n    print('TypeError', e)\n",
    "Bag[2, 1] Bag[2, 1] [Bag[2, 1]] Bag[2, 1] True True False True True False\n[2, 1] [2, 1] True\nTypeError unhashable type: 'Bag'\n",
  ],
  [
    'list subclass: __iter__ in loops, unpacking and builtins; __add__/__iadd__',
    "class Evens(list):\n    def __iter__(self):\n        return iter([x for x in super().__iter__() if x % 2 == 0])\ne = Evens([1, 2, 3, 4])\nfor x in e:\n    print('loop', x)\na, b = Evens([1, 2, 3, 4])\nprint([x * 10 for x in e], list(e), a, b, sum(e), len(e), e)\nclass Plus(list):\n    def __add__(self, other):\n        return Plus(list(self) + list(other) + ['!'])\n    def __iadd__(self, other):\n        self.append(other)\n        return self\np = Plus([1])\nprint(p + [2], type(p + [2]).__name__)\np += 5\nprint(p, type(p).__name__)\n",
    "loop 2\nloop 4\n[20, 40] [2, 4] 2 4 6 4 [1, 2, 3, 4]\n[1, 2, '!'] Plus\n[1, 5] Plus\n",
  ],
  [
    'dict subclass: __missing__',
    "class Lengths(dict):\n    def __missing__(self, k):\n        self[k] = v = len(k)\n        return v\nd = Lengths(a=1)\nprint(d['abc'], d['a'], d, d.get('zz'), 'zz' in d, len(d), isinstance(d, dict))\nclass Zero(dict):\n    def __missing__(self, k):\n        return 0\nz = Zero()\nz['x'] += 1\nprint(z, z['y'], z)\ntry:\n    print(dict(z)['q'])\nexcept KeyError as e:\n    print('KeyError', e)\n",
    "3 1 {'a': 1, 'abc': 3} None False 2 True\n{'x': 1} 0 {'x': 1}\nKeyError 'q'\n",
  ],
  [
    'dict subclass: __getitem__/__setitem__ via super(), attributes, fromkeys',
    "class Upper(dict):\n    def __setitem__(self, k, v):\n        super().__setitem__(k.upper(), v)\n    def __getitem__(self, k):\n        return super().__getitem__(k.upper())\n    def __repr__(self):\n        return 'Upper' + super().__repr__()\nu = Upper(a=1)\nu['b'] = 2\nprint(u, u['B'], u['b'], 'B' in u, 'a' in u, list(u), u.get('B'), u.keys(), len(u))\ntry:\n    u['zz']\nexcept KeyError as e:\n    print('KeyError', e)\nclass Counted(dict):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n        self.created = len(self)\n    def __len__(self):\n        return 99\nc = Counted({'x': 1}, y=2)\nc.note = 'hi'\nprint(c, c.created, c.note, len(c), dict(c), c == {'x': 1, 'y': 2}, sorted(c.items()), c.__dict__)\nprint(Counted.fromkeys('ab', 0), type(Counted.fromkeys('ab')).__name__, dict.__getitem__(c, 'x'))\n",
    "Upper{'a': 1, 'B': 2} 2 2 True True ['a', 'B'] 2 dict_keys(['a', 'B']) 2\nKeyError 'ZZ'\n{'x': 1, 'y': 2} 99 hi 99 {'x': 1, 'y': 2} True [('x', 1), ('y', 2)] {'created': 99, 'note': 'hi'}\n{'a': 0, 'b': 0} Counted 1\n",
  ],
  [
    'tuple subclass: __new__ via super(), property, hashing, attributes',
    "class Pair(tuple):\n    def __new__(cls, a, b):\n        return super().__new__(cls, (a, b))\n    def swap(self):\n        return Pair(self[1], self[0])\n    @property\n    def first(self):\n        return self[0]\np = Pair(1, 2)\np.label = 'p'\nprint(p, p.swap(), type(p.swap()).__name__, p + (3,), type(p + (3,)).__name__, p.first, p.label)\nprint(hash(p) == hash((1, 2)), p == (1, 2), len(p), p[::-1], {p: 'v'}[(1, 2)], isinstance(p, tuple))\na, b = p\nprint(a, b, tuple(p), list(p), p.count(1), p.index(2), sorted([Pair(2, 1), Pair(1, 9)]))\nclass T(tuple):\n    pass\nprint(T(), T([1, 2]), T('ab'), T(range(3))[1], T((5,)) * 2)\n",
    "(1, 2) (2, 1) Pair (1, 2, 3) tuple 1 p\nTrue True 2 (2, 1) v True\n1 2 (1, 2) [1, 2] 1 1 [(1, 9), (2, 1)]\n() (1, 2) ('a', 'b') 1 (5, 5)\n",
  ],
  [
    'namedtuple subclass: __slots__, property, __str__, __add__, __repr__',
    "from collections import namedtuple\nclass Point(namedtuple('Point', 'x y')):\n    __slots__ = ()\n    @property\n    def norm(self):\n        return abs(self.x) + abs(self.y)\n    def __str__(self):\n        return f'<{self.x},{self.y}>'\np = Point(3, -4)\nprint(p, repr(p), p.norm, p._replace(x=0), Point._make([1, 2]), p._asdict(), p == (3, -4), p[0], len(p))\nprint(type(p._replace(x=0)).__name__, isinstance(p, tuple), Point._fields, Point(y=1, x=2))\ntry:\n    p.z = 1\nexcept AttributeError as e:\n    print('AttributeError', e)\nclass V(namedtuple('V', ['a', 'b'], defaults=[0])):\n    def __add__(self, o):\n        return V(self.a + o.a, self.b + o.b)\n    def __repr__(self):\n        return f'V<{self.a}, {self.b}>'\nprint(V(1) + V(2, 3), [V(5)], V(1, 1) == V(1, 1))\n",
    "<3,-4> Point(x=3, y=-4) 7 <0,-4> <1,2> {'x': 3, 'y': -4} True 3 2\nPoint True ('x', 'y') <2,1>\nAttributeError 'Point' object has no attribute 'z'\nV<3, 3> [V<5, 0>] True\n",
  ],
  [
    'Counter subclass',
    "from collections import Counter\nclass Tally(Counter):\n    def top(self):\n        return self.most_common(1)[0]\n    def __missing__(self, k):\n        return -1\nt = Tally('hello')\nt.update('ll')\nprint(t, t.top(), t['zz'], t['l'], isinstance(t, Counter), isinstance(t, dict), type(t).__name__)\nt.name = 'tally'\nprint(t.name, len(t), sorted(t), t + Counter('h'), type(t + Counter('h')).__name__)\nclass Cnt(Counter):\n    def __init__(self, words):\n        super().__init__(w.lower() for w in words)\nprint(Cnt(['A', 'a', 'B']), Cnt([]).total())\n",
    "Tally({'l': 4, 'h': 1, 'e': 1, 'o': 1}) ('l', 4) -1 4 True True Tally\ntally 4 ['e', 'h', 'l', 'o'] Counter({'l': 4, 'h': 2, 'e': 1, 'o': 1}) Counter\nCnt({'a': 2, 'b': 1}) 0\n",
  ],
  [
    'defaultdict and OrderedDict subclasses',
    "from collections import defaultdict, OrderedDict\nclass Tree(defaultdict):\n    def __init__(self):\n        super().__init__(Tree)\n    def paths(self, prefix=''):\n        out = []\n        for k, v in self.items():\n            out.append(prefix + k)\n            out.extend(v.paths(prefix + k + '/'))\n        return out\ntr = Tree()\ntr['a']['b']['c']\ntr['d']\nprint(tr.paths(), len(tr), type(tr['a']).__name__, tr.default_factory is Tree)\nclass Groups(defaultdict):\n    pass\ng = Groups(list)\ng['x'].append(1)\nprint(g, dict(g), g.default_factory)\nclass LRU(OrderedDict):\n    def __init__(self, cap):\n        super().__init__()\n        self.cap = cap\n    def put(self, k, v):\n        self[k] = v\n        self.move_to_end(k)\n        if len(self) > self.cap:\n            self.popitem(last=False)\nlru = LRU(2)\nlru.put('a', 1)\nlru.put('b', 2)\nlru.put('a', 3)\nlru.put('c', 4)\nprint(lru, lru.cap, list(lru), isinstance(lru, dict))\n",
    "['a', 'a/b', 'a/b/c', 'd'] 2 Tree True\nGroups(<class 'list'>, {'x': [1]}) {'x': [1]} <class 'list'>\nLRU([('a', 3), ('c', 4)]) 2 ['a', 'c'] True\n",
  ],
  [
    'deque subclass',
    "from collections import deque\nclass Window(deque):\n    def __init__(self, items, size):\n        super().__init__(items, maxlen=size)\n    def push(self, x):\n        self.append(x)\n        return sum(self) / len(self)\nw = Window([1, 2], 3)\nprint(w.push(3), w.push(10), w, len(w), w[0], list(w), w.maxlen, isinstance(w, deque))\nclass Q(deque):\n    pass\nq = Q('ab')\nq.appendleft('z')\nprint(q, q.popleft(), q == deque('ab'), type(q).__name__)\n",
    "2.0 5.0 Window([2, 3, 10], maxlen=3) 3 2 [2, 3, 10] 3 True\nQ(['a', 'b']) z True Q\n",
  ],
  [
    'set and frozenset subclasses',
    "class Tags(set):\n    def add_all(self, *xs):\n        for x in xs:\n            self.add(x)\n        return self\ns = Tags([3, 1])\ns.add_all(2, 5)\nprint(s, len(s), 2 in s, s | {9}, type(s | {9}).__name__, isinstance(s, set), Tags(), set.__repr__(Tags([4])))\nprint(sorted(s), s == {1, 2, 3, 5}, s.issubset(range(10)), {x * 2 for x in s}, type(s.copy()).__name__)\nclass Frozen(frozenset):\n    def total(self):\n        return sum(self)\nf = Frozen([2, 1])\nprint(f, Frozen(), f.total(), hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset({1, 2})], f & {1})\nclass Init(set):\n    def __init__(self, text):\n        super().__init__(text.split())\nprint(sorted(Init('b a b')), len(Init('x y')))\n",
    "Tags({1, 2, 3, 5}) 4 True {1, 2, 3, 5, 9} set True Tags() Tags({4})\n[1, 2, 3, 5] True True {2, 10, 4, 6} set\nFrozen({1, 2}) Frozen() 3 True 1 frozenset({1})\n['a', 'b'] 2\n",
  ],
  [
    'typing.Generic[T] and typing.List[int] bases',
    "from typing import Generic, TypeVar, List\nT = TypeVar('T')\nK = TypeVar('K')\nclass Box(Generic[T]):\n    def __init__(self, v: T) -> None:\n        self.v = v\n    def get(self) -> T:\n        return self.v\nclass Pair(Generic[T, K]):\n    def __init__(self, a: T, b: K):\n        self.a, self.b = a, b\nclass IntBox(Box[int]):\n    def double(self) -> int:\n        return self.v * 2\nb = Box(3)\nprint(b.get(), isinstance(b, Box), Pair(1, 'x').b, IntBox(4).double(), isinstance(IntBox(1), Box))\nclass TypedList(List[int]):\n    def total(self):\n        return sum(self)\nprint(TypedList([1, 2]).total(), TypedList([5]), isinstance(TypedList(), list))\n",
    '3 True x 8 True\n3 [5] True\n',
  ],
  [
    'bases CPython refuses, and builtin errors on subclass instances',
    "for base in (bool, range, slice):\n    try:\n        class X(base):\n            pass\n    except TypeError as e:\n        print('TypeError', e)\nclass L(list):\n    pass\ntry:\n    L(1, 2)\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    L()[5]\nexcept IndexError as e:\n    print('IndexError', e)\ntry:\n    hash(L())\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    L().nope\nexcept AttributeError as e:\n    print('AttributeError', e)\n",
    "TypeError type 'bool' is not an acceptable base type\nTypeError type 'range' is not an acceptable base type\nTypeError type 'slice' is not an acceptable base type\nTypeError list expected at most 1 argument, got 2\nIndexError list index out of range\nTypeError unhashable type: 'L'\nAttributeError 'L' object has no attribute 'nope'\n",
  ],
  [
    '__getattr__/__setattr__ on builtin subclasses',
    "class Rec(dict):\n    def __getattr__(self, name):\n        try:\n            return self[name]\n        except KeyError:\n            raise AttributeError(name)\n    def __setattr__(self, name, value):\n        self[name] = value\nr = Rec(a=1)\nr.b = 2\nprint(r, r.a, r.b, hasattr(r, 'zz'), getattr(r, 'zz', 'dflt'))\nclass Logged(list):\n    def __setattr__(self, name, value):\n        print('setattr', name)\n        super().__setattr__(name, value)\nlg = Logged()\nlg.x = 1\nprint(lg.x, lg.__dict__)\n",
    "{'a': 1, 'b': 2} 1 2 False dflt\nsetattr x\n1 {'x': 1}\n",
  ],
  [
    'bases with conflicting instance layouts; mixins and Generic next to list',
    "from collections import deque, Counter, namedtuple\nfrom typing import Generic, TypeVar\nT = TypeVar('T')\ntry:\n    class X1(list, dict): pass\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    class X2(Exception, list): pass\nexcept TypeError as e:\n    print('TypeError', e)\ntry:\n    class X3(deque, list): pass\nexcept TypeError as e:\n    print('TypeError', e)\nclass X4(Counter, dict): pass\nprint(X4('aab'), [c.__name__ for c in X4.__mro__])\nclass Mixin:\n    def hello(self): return 'hi ' + str(len(self))\nclass ML(Mixin, list): pass\nclass GL(Generic[T], list): pass\nprint(ML([1]).hello(), GL([2]), ML.__mro__)\n",
    "TypeError multiple bases have instance lay-out conflict\nTypeError multiple bases have instance lay-out conflict\nTypeError multiple bases have instance lay-out conflict\nX4({'a': 2, 'b': 1}) ['X4', 'Counter', 'dict', 'object']\nhi 1 [2] (<class '__main__.ML'>, <class '__main__.Mixin'>, <class 'list'>, <class 'object'>)\n",
  ],
  [
    'explicit base calls: dict.__setitem__(self, ...), list.__getitem__(self, i)',
    "class Store(dict):\n    def __setitem__(self, k, v):\n        dict.__setitem__(self, k, [v])\n    def first(self, k):\n        return dict.__getitem__(self, k)[0]\ns = Store()\ns['a'] = 1\nprint(s, s.first('a'), dict.__len__(s), dict.__contains__(s, 'a'), list(dict.__iter__(s)), dict.__repr__(s))\nclass Seq(list):\n    def __getitem__(self, i):\n        if isinstance(i, slice):\n            return Seq(list.__getitem__(self, i))\n        return list.__getitem__(self, i) * 2\nq = Seq([1, 2, 3])\nprint(q[0], q[1:], type(q[1:]).__name__, q[::-1][0], list.__add__(q, [4]), list.__len__(q), [].__len__())\n",
    "{'a': [1]} 1 1 True ['a'] {'a': [1]}\n2 [2, 3] Seq 6 [1, 2, 3, 4] 3 0\n",
  ],
];

for (const [title, code, expected] of cases) {
  test(title, () => {
    assert.equal(printed(code), expected);
  });
}

test('int, str and other host-primitive builtins are reported as unsupported bases', () => {
  assert.equal(
    printed('class Name(str):\n    pass'),
    "raise UnsupportedError: subclassing the builtin type 'str' is not supported\n",
  );
});
