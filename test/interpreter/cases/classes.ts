// Classes: attributes and descriptors, inheritance and super(), dunder protocols, instantiation errors.
import type { Case } from '../helpers.ts';

const A = `class A:
    kind = 'a'
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    @property
    def double(self):
        return self.x * 2
    @double.setter
    def double(self, v):
        self.x = v // 2
    @staticmethod
    def st(a):
        return a + 1
    @classmethod
    def make(cls, v):
        return cls(v)
    def __repr__(self):
        return f'A({self.x})'
    def __eq__(self, other):
        return isinstance(other, A) and self.x == other.x
    def __lt__(self, other):
        return self.x < other.x
    def __len__(self):
        return self.x
    def __hash__(self):
        return hash(self.x)
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def get(self):
        return (super().get(), self.y)
    @classmethod
    def make(cls, v):
        return ('B', super().make(v))
`;

export const classCases: Case[] = [
  [
    A,
    '(A(3), A(3).get(), A(3).double, A.st(1), A.make(4), A(1).kind, A.kind)',
    "(A(3), 3, 6, 2, A(4), 'a', 'a')",
  ],
  [A, '(lambda a: (setattr(a, "double", 10), a.x))(A(1))', '(None, 5)'],
  [
    A,
    '(B(1, 2).get(), isinstance(B(1, 2), A), issubclass(B, A), type(B(1, 2)).__name__)',
    "((1, 2), True, True, 'B')",
  ],
  [A, 'B.make(7)', "raise TypeError: B.__init__() missing 1 required positional argument: 'y'"],
  [
    A,
    '(sorted([A(3), A(1), A(2)]), A(1) == A(1), A(1) != A(2), len(A(4)), bool(A(0)), A(2) in [A(2)])',
    '([A(1), A(2), A(3)], True, True, 4, False, True)',
  ],
  [A, '{A(1): "one"}[A(1)]', "'one'"],
  [A, 'A(1).nope', "raise AttributeError: 'A' object has no attribute 'nope'"],
  [A, 'A.nope', "raise AttributeError: type object 'A' has no attribute 'nope'"],
  [A, 'A()', "raise TypeError: A.__init__() missing 1 required positional argument: 'x'"],
  [A, '[c.__name__ for c in B.__mro__]', "['B', 'A', 'object']"],
  ['class C:\n    pass', 'C(1)', 'raise TypeError: C() takes no arguments'],
  [
    'class C:\n    pass',
    '(type(C()).__name__, C.__name__, repr(C).startswith("<class"))',
    "('C', 'C', True)",
  ],
  [
    'class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass',
    '[k.__name__ for k in D.__mro__]',
    "['D', 'B', 'C', 'A', 'object']",
  ],
  [
    'class X: pass\nclass Y(X): pass\nclass Z(X, Y): pass',
    '1',
    'raise TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y',
  ],
  [
    'class Cnt:\n    count = 0\n    def __init__(self):\n        Cnt.count += 1\ndef f():\n    Cnt()\n    Cnt()\n    return Cnt.count',
    'f()',
    '2',
  ],
  [
    'class It:\n    def __init__(self, n):\n        self.n = n\n        self.i = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.i >= self.n:\n            raise StopIteration\n        self.i += 1\n        return self.i',
    '(list(It(3)), [x for x in It(2)], sum(It(4)))',
    '([1, 2, 3], [1, 2], 10)',
  ],
  [
    'class V:\n    def __init__(self, v):\n        self.v = v\n    def __add__(self, o):\n        return V(self.v + o.v)\n    def __radd__(self, o):\n        return V(self.v + o)\n    def __getitem__(self, i):\n        return self.v * i\n    def __call__(self, k):\n        return k + self.v\n    def __contains__(self, k):\n        return k == self.v',
    '((V(1) + V(2)).v, sum([V(1), V(2)]).v, V(3)[2], V(3)(4), 3 in V(3))',
    '(3, 3, 6, 7, True)',
  ],
  [
    'class P:\n    def __init__(self):\n        self.a = 1\n    def __str__(self):\n        return "str-P"\n    def __repr__(self):\n        return "repr-P"',
    '(str(P()), repr(P()), f"{P()}", [P()], vars(P()))',
    "('str-P', 'repr-P', 'str-P', [repr-P], {'a': 1})",
  ],
  [
    'class S:\n    def __init__(self):\n        self.d = {}\n    def __setitem__(self, k, v):\n        self.d[k] = v\n    def __delitem__(self, k):\n        del self.d[k]\ndef f():\n    s = S()\n    s["a"] = 1\n    s["b"] = 2\n    del s["a"]\n    return s.d',
    'f()',
    "{'b': 2}",
  ],
  [
    'class G:\n    def __getattr__(self, name):\n        return name.upper()',
    '(G().abc, getattr(G(), "x"), hasattr(G(), "y"))',
    "('ABC', 'X', True)",
  ],
  [
    'class A:\n    def __init__(self):\n        self.v = 1\nclass B(A):\n    pass',
    '(B().v, getattr(B(), "w", "dflt"), hasattr(B(), "w"))',
    "(1, 'dflt', False)",
  ],
  [
    'class K:\n    def __init__(self):\n        return 5',
    'K()',
    "raise TypeError: __init__() should return None, not 'int'",
  ],
  [
    'class N:\n    def __new__(cls, v):\n        o = super().__new__(cls)\n        o.v = v * 2\n        return o\n    def __init__(self, v):\n        self.w = v',
    '(N(2).v, N(2).w)',
    '(4, 2)',
  ],
  [
    'class Ctx:\n    def __init__(self):\n        self.log = []\n    def __enter__(self):\n        self.log.append("enter")\n        return self\n    def __exit__(self, t, v, tb):\n        self.log.append(t.__name__ if t else None)\n        return True\ndef f():\n    c = Ctx()\n    with c as v:\n        v.log.append("body")\n        raise ValueError("x")\n    return c.log',
    'f()',
    "['enter', 'body', 'ValueError']",
  ],
  [
    'class Ctx:\n    def __enter__(self):\n        return 1\n    def __exit__(self, *a):\n        return False\ndef f():\n    with Ctx() as a, Ctx() as b:\n        return a + b',
    'f()',
    '2',
  ],
  [
    'def f():\n    with 5:\n        pass',
    'f()',
    "raise TypeError: 'int' object does not support the context manager protocol",
  ],
  [
    'class P:\n    @property\n    def ro(self):\n        return 1\ndef f():\n    p = P()\n    p.ro = 2',
    'f()',
    "raise AttributeError: property 'ro' of 'P' object has no setter",
  ],
  [
    'class M:\n    def __init__(self):\n        self.x = 1\ndef f():\n    m = M()\n    del m.x\n    return hasattr(m, "x"), m.x',
    'f()',
    "raise AttributeError: 'M' object has no attribute 'x'",
  ],
  [
    'class Base:\n    def hello(self):\n        return "base " + self.name()\n    def name(self):\n        return "B"\nclass Sub(Base):\n    def name(self):\n        return "S"',
    'Sub().hello()',
    "'base S'",
  ],
  [
    'class A:\n    def __eq__(self, o):\n        return True',
    '(A() == 1, A() != 1, 1 == A())',
    '(True, False, True)',
  ],
  [
    'def f():\n    return isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (int,)), isinstance("s", str)',
    'f()',
    '(True, True, True, True)',
  ],
  [
    'def f():\n    return isinstance(1, 5)',
    'f()',
    'raise TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union',
  ],
  [
    'def f():\n    return type(1), type("a") is str, type([]) == list, type(None).__name__',
    'f()',
    "(<class 'int'>, True, True, 'NoneType')",
  ],
];

export const objectModelCases: Case[] = [
  [
    'def factory():\n    class Local:\n        class Inner:\n            def m(self):\n                pass\n    return Local',
    '(factory().__qualname__, factory().Inner.__qualname__, factory().Inner.m.__qualname__)',
    "('factory.<locals>.Local', 'factory.<locals>.Local.Inner', 'factory.<locals>.Local.Inner.m')",
  ],
  [
    'class E:\n    def __eq__(self, o):\n        return True',
    '(E.__hash__, hash(E()))',
    "raise TypeError: unhashable type: 'E'",
  ],
  [
    'class H:\n    pass',
    '(H() == H(), (lambda h: h == h)(H()), H().__eq__(1), type(hash(H())).__name__)',
    "(False, True, NotImplemented, 'int')",
  ],
  [
    'class R:\n    def __repr__(self):\n        return "R!" + super().__repr__()[:3]',
    '(repr(R()), str(R()))',
    "('R!<__', 'R!<__')",
  ],
  [
    'def f(a, *, b=2, c):\n    pass',
    '(f.__kwdefaults__, f.__defaults__, f.__name__)',
    "({'b': 2}, None, 'f')",
  ],
  [
    'class Tree:\n    def __init__(self, items):\n        self.items = items\n    def __iter__(self):\n        for x in self.items:\n            yield x * 10',
    '(list(Tree([1, 2])), sum(Tree([3])), iter(Tree([])).__class__.__name__)',
    "([10, 20], 30, 'generator')",
  ],
];

export const exceptionCases: Case[] = [
  [
    'class MyErr(Exception):\n    pass\ndef f():\n    try:\n        raise MyErr("boom")\n    except MyErr as e:\n        return str(e), repr(e), e.args',
    'f()',
    "('boom', \"MyErr('boom')\", ('boom',))",
  ],
  [
    'class E2(ValueError):\n    def __init__(self, msg, code):\n        super().__init__(msg)\n        self.code = code\ndef f():\n    try:\n        raise E2("bad", 42)\n    except ValueError as e:\n        return str(e), e.code, type(e).__name__',
    'f()',
    "('bad', 42, 'E2')",
  ],
  [
    'class E3(Exception):\n    def __init__(self, a, b):\n        self.a = a\ndef f():\n    try:\n        raise E3(1, 2)\n    except E3 as e:\n        return e.args, str(e)',
    'f()',
    "((1, 2), '(1, 2)')",
  ],
  ['def f():\n    try:\n        return 1\n    finally:\n        print("fin")', 'f()', '1'],
  ['def f():\n    try:\n        return 1\n    finally:\n        return 2', 'f()', '2'],
  [
    'def f():\n    for i in range(5):\n        try:\n            raise ValueError\n        finally:\n            break\n    return i',
    'f()',
    '0',
  ],
  [
    'def f():\n    log = []\n    for i in range(3):\n        try:\n            if i == 1:\n                continue\n            log.append(i)\n        finally:\n            log.append("f")\n    return log',
    'f()',
    "[0, 'f', 'f', 2, 'f']",
  ],
  [
    'def f():\n    try:\n        raise KeyError("k")\n    except (TypeError, KeyError) as e:\n        return "got " + str(e)\n    else:\n        return "else"',
    'f()',
    '"got \'k\'"',
  ],
  [
    'def f():\n    x = 0\n    try:\n        x = 1\n    except Exception:\n        x = -1\n    else:\n        x = 2\n    finally:\n        x += 10\n    return x',
    'f()',
    '12',
  ],
  [
    'def f():\n    try:\n        try:\n            1 / 0\n        except ZeroDivisionError:\n            raise\n    except ArithmeticError as e:\n        return "reraised " + str(e)',
    'f()',
    "'reraised division by zero'",
  ],
  [
    'def f():\n    try:\n        raise ValueError("a") from KeyError("b")\n    except ValueError as e:\n        return repr(e.__cause__)',
    'f()',
    '"KeyError(\'b\')"',
  ],
  [
    'def f():\n    try:\n        raise ValueError\n    except ValueError as e:\n        return repr(e), str(e)',
    'f()',
    "('ValueError()', '')",
  ],
  [
    'def f():\n    e = None\n    try:\n        raise TypeError("t")\n    except TypeError as e:\n        pass\n    return e',
    'f()',
    "raise UnboundLocalError: cannot access local variable 'e' where it is not associated with a value",
  ],
  [
    'def f():\n    try:\n        [].pop()\n    except IndexError as e:\n        return str(e)',
    'f()',
    "'pop from empty list'",
  ],
  [
    'def f():\n    try:\n        int("x")\n    except ValueError as e:\n        return str(e)',
    'f()',
    '"invalid literal for int() with base 10: \'x\'"',
  ],
  [
    'def f():\n    try:\n        raise Exception("a", 1)\n    except Exception as e:\n        return str(e), repr(e), str(Exception())',
    'f()',
    "(\"('a', 1)\", \"Exception('a', 1)\", '')",
  ],
  [
    'def f():\n    try:\n        {}[(1, 2)]\n    except KeyError as e:\n        return str(e), repr(e)',
    'f()',
    "('(1, 2)', 'KeyError((1, 2))')",
  ],
  ['def f():\n    raise', 'f()', 'raise RuntimeError: No active exception to reraise'],
  ['def f():\n    raise 5', 'f()', 'raise TypeError: exceptions must derive from BaseException'],
  [
    'def f():\n    try:\n        pass\n    except 5:\n        pass\n    try:\n        raise ValueError\n    except 5:\n        pass',
    'f()',
    'raise TypeError: catching classes that do not inherit from BaseException is not allowed',
  ],
  ['def f():\n    assert 1 == 2, "msg"', 'f()', 'raise AssertionError: msg'],
  ['def f():\n    assert [], [1, 2]', 'f()', 'raise AssertionError: [1, 2]'],
  ['def f():\n    assert False', 'f()', 'raise AssertionError'],
  ['def f():\n    raise KeyError("missing")', 'f()', "raise KeyError: 'missing'"],
  ['def f():\n    raise ValueError("a", "b")', 'f()', "raise ValueError: ('a', 'b')"],
  [
    'class Custom(Exception):\n    def __str__(self):\n        return "custom text"\ndef f():\n    raise Custom()',
    'f()',
    'raise Custom: custom text',
  ],
  [
    'def f():\n    try:\n        raise StopIteration(7)\n    except StopIteration as e:\n        return e.value',
    'f()',
    '7',
  ],
];
