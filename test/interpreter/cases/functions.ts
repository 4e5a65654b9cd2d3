// Functions: parameters and their errors, closures and scopes, lambdas, decorators, recursion.
import type { Case } from '../helpers.ts';

export const parameterCases: Case[] = [
  [
    'def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)',
    'f(1, c=3)',
    '(1, 2, (), 3, 4, {})',
  ],
  [
    'def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)',
    'f(1, 2, 3, 4, c=5, e=6)',
    "(1, 2, (3, 4), 5, 4, {'e': 6})",
  ],
  ['def f(x, /, y):\n    return x - y', 'f(5, y=2)', '3'],
  [
    'def f(x, /, y):\n    return x - y',
    'f(x=5, y=2)',
    "raise TypeError: f() got some positional-only arguments passed as keyword arguments: 'x'",
  ],
  ['def f(*, a):\n    return a', 'f(1)', 'raise TypeError: f() takes 0 positional arguments but 1 was given'],
  ['def f(*, a):\n    return a', 'f()', "raise TypeError: f() missing 1 required keyword-only argument: 'a'"],
  ['def f(x):\n    return x', 'f()', "raise TypeError: f() missing 1 required positional argument: 'x'"],
  [
    'def f(a, b, c):\n    return a',
    'f()',
    "raise TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'",
  ],
  [
    'def f(a, b):\n    return a',
    'f(b=1)',
    "raise TypeError: f() missing 1 required positional argument: 'a'",
  ],
  [
    'def f(a, b):\n    return a',
    'f(1, 2, 3)',
    'raise TypeError: f() takes 2 positional arguments but 3 were given',
  ],
  ['def f(a):\n    return a', 'f(1, 2)', 'raise TypeError: f() takes 1 positional argument but 2 were given'],
  [
    'def f(a, b=1):\n    return a',
    'f(1, 2, 3)',
    'raise TypeError: f() takes from 1 to 2 positional arguments but 3 were given',
  ],
  ['def f(a):\n    return a', 'f(1, a=2)', "raise TypeError: f() got multiple values for argument 'a'"],
  ['def f(a):\n    return a', 'f(z=2)', "raise TypeError: f() got an unexpected keyword argument 'z'"],
  ['def f(a, b):\n    return a, b', 'f(*[1], **{"b": 2})', '(1, 2)'],
  [
    'def f(*a, **k):\n    return a, k',
    'f(*"ab", *[1], x=1, **{"y": 2})',
    "(('a', 'b', 1), {'x': 1, 'y': 2})",
  ],
  [
    'class A:\n    def m(self, x):\n        return x',
    'A().m()',
    "raise TypeError: A.m() missing 1 required positional argument: 'x'",
  ],
  ['def f(a, l=[]):\n    l.append(a)\n    return l', '(f(1), f(2))', '([1, 2], [1, 2])'],
  [
    'def f():\n    return (lambda x, y=1: x + y)(2), (lambda *a, **k: (a, k))(1, z=2)',
    'f()',
    "(3, ((1,), {'z': 2}))",
  ],
  ['def f():\n    return sorted(["bb", "a", "ccc"], key=lambda s: -len(s))', 'f()', "['ccc', 'bb', 'a']"],
];

export const scopeCases: Case[] = [
  [
    'def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ndef f():\n    c = counter()\n    c()\n    c()\n    return c()',
    'f()',
    '3',
  ],
  ['G = 1\ndef setg():\n    global G\n    G = 2\ndef f():\n    setg()\n    return G', 'f()', '2'],
  ['def f():\n    x = 1\n    def g():\n        return x\n    x = 2\n    return g()', 'f()', '2'],
  [
    'def f():\n    print(q)\n    q = 1',
    'f()',
    "raise UnboundLocalError: cannot access local variable 'q' where it is not associated with a value",
  ],
  [
    'x = 5\ndef f():\n    x += 1\n    return x',
    'f()',
    "raise UnboundLocalError: cannot access local variable 'x' where it is not associated with a value",
  ],
  ['def f():\n    fs = [lambda: i for i in range(3)]\n    return [g() for g in fs]', 'f()', '[2, 2, 2]'],
  ['def f():\n    fs = [lambda i=i: i for i in range(3)]\n    return [g() for g in fs]', 'f()', '[0, 1, 2]'],
  ['def f():\n    def g():\n        return y\n    return g()\ny = "global"', 'f()', "'global'"],
  [
    'def outer():\n    a = 1\n    def mid():\n        def inner():\n            return a\n        return inner()\n    return mid()',
    'outer()',
    '1',
  ],
  [
    'def outer():\n    a = 1\n    def mid():\n        nonlocal a\n        a = 5\n    mid()\n    return a',
    'outer()',
    '5',
  ],
  [
    'def f():\n    def g():\n        return z\n    return g()',
    'f()',
    "raise NameError: name 'z' is not defined",
  ],
  [
    'def f():\n    def g():\n        return v\n    r = g()\n    v = 1\n    return r',
    'f()',
    "raise NameError: cannot access free variable 'v' where it is not associated with a value in enclosing scope",
  ],
  ['class A:\n    x = 1\n    y = [x for _ in range(2)]', 'A.y', "raise NameError: name 'x' is not defined"],
  ['class A:\n    x = 1\n    def m(self):\n        return x\nx = "global"', 'A().m()', "'global'"],
  [
    'def f():\n    class A:\n        v = 3\n        def m(self):\n            return v * 2\n    v = 10\n    return A().m(), A.v',
    'f()',
    '(20, 3)',
  ],
];

export const decoratorCases: Case[] = [
  [
    'def deco(fn):\n    def wrapper(*a, **k):\n        return ("wrapped", fn(*a, **k))\n    return wrapper\n@deco\ndef h(x):\n    return x * 2',
    '(h(21), h.__name__)',
    "(('wrapped', 42), 'wrapper')",
  ],
  [
    'def tag(t):\n    def d(fn):\n        fn.tag = t\n        return fn\n    return d\n@tag("a")\n@tag("b")\ndef g():\n    pass',
    'g.tag',
    "'a'",
  ],
  [
    'import functools\ndef deco(fn):\n    @functools.wraps(fn)\n    def w():\n        return fn()\n    return w\n@deco\ndef named():\n    return 1',
    'named.__name__',
    "'named'",
  ],
  ['def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)', 'fact(25)', '15511210043330985984000000'],
  ['def f(a, b):\n    "doc"\n    return a', '(f.__name__, f.__doc__, f.__defaults__)', "('f', 'doc', None)"],
];
