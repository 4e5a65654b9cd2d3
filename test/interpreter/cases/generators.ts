// Generators (yield, send, yield from, generator expressions, suspension inside loops/try/with) and match.
import type { Case } from '../helpers.ts';

export const generatorCases: Case[] = [
  ['def gen(n):\n    for i in range(n):\n        yield i * i', 'list(gen(4))', '[0, 1, 4, 9]'],
  [
    'def g2():\n    x = yield 1\n    y = yield x + 1\n    return "done"\ndef f():\n    g = g2()\n    a = next(g)\n    b = g.send(10)\n    try:\n        g.send(5)\n    except StopIteration as e:\n        return a, b, e.value',
    'f()',
    "(1, 11, 'done')",
  ],
  [
    'def inner():\n    yield 1\n    yield 2\n    return "r"\ndef outer():\n    r = yield from inner()\n    yield r',
    'list(outer())',
    "[1, 2, 'r']",
  ],
  ['def outer():\n    yield from range(3)\n    yield from "ab"', 'list(outer())', "[0, 1, 2, 'a', 'b']"],
  [
    'def inf():\n    n = 0\n    while True:\n        yield n\n        n += 1\ndef f():\n    it = inf()\n    return [next(it) for _ in range(5)]',
    'f()',
    '[0, 1, 2, 3, 4]',
  ],
  [
    'log = []\ndef tryg():\n    try:\n        yield 1\n        yield 2\n    finally:\n        log.append("cleanup")\ndef f():\n    out = [v for v in tryg()]\n    return out, log',
    'f()',
    "([1, 2], ['cleanup'])",
  ],
  [
    'def g():\n    try:\n        yield 1\n    except ValueError as e:\n        yield "caught " + str(e)\ndef f():\n    it = g()\n    next(it)\n    return it.throw(ValueError("v"))',
    'f()',
    "'caught v'",
  ],
  [
    'def g():\n    for i in range(3):\n        if i % 2:\n            yield i\n        else:\n            for j in range(i):\n                yield -j',
    'list(g())',
    '[1, 0, -1]',
  ],
  [
    'def f():\n    return sum(x for x in range(10)), max(x % 7 for x in range(20)), list(c.upper() for c in "ab")',
    'f()',
    "(45, 6, ['A', 'B'])",
  ],
  [
    'def g():\n    yield 1\n    return 5\ndef f():\n    it = g()\n    return next(it), next(it, "end")',
    'f()',
    "(1, 'end')",
  ],
  ['def g():\n    yield 1\ndef f():\n    it = g()\n    next(it)\n    next(it)', 'f()', 'raise StopIteration'],
  [
    'def g():\n    raise StopIteration\n    yield 1',
    'list(g())',
    'raise RuntimeError: generator raised StopIteration',
  ],
  [
    'def g():\n    yield 1\ndef f():\n    it = g()\n    return it.send(3)',
    'f()',
    "raise TypeError: can't send non-None value to a just-started generator",
  ],
  [
    'def fib():\n    a, b = 0, 1\n    while True:\n        yield a\n        a, b = b, a + b\ndef f():\n    out = []\n    for v in fib():\n        if v > 50:\n            break\n        out.append(v)\n    return out',
    'f()',
    '[0, 1, 1, 2, 3, 5, 8, 13, 21, 34]',
  ],
  [
    'def g():\n    total = 0\n    while True:\n        x = yield total\n        if x is None:\n            return total\n        total += x\ndef f():\n    it = g()\n    next(it)\n    it.send(2)\n    return it.send(5)',
    'f()',
    '7',
  ],
  ['def g(l):\n    for a, b in l:\n        yield a * b', 'list(g([(1, 2), (3, 4)]))', '[2, 12]'],
  [
    'def f():\n    g = (x for x in [1, 2])\n    return type(g).__name__, list(zip(g, "ab"))',
    'f()',
    "('generator', [(1, 'a'), (2, 'b')])",
  ],
  [
    'class Ctx:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        log.append("exit")\nlog = []\ndef g():\n    with Ctx():\n        yield 1\n        yield 2\ndef f():\n    return list(g()), log',
    'f()',
    "([1, 2], ['exit'])",
  ],
];

export const generatorStatementCases: Case[] = [
  [
    'def g(items):\n    for x in items:\n        match x:\n            case [a, b]:\n                yield a + b\n            case int(n) if n > 0:\n                yield n\n            case _:\n                yield None',
    'list(g([[1, 2], 5, -1, "s"]))',
    '[3, 5, None, None]',
  ],
  [
    'def g():\n    try:\n        yield 1\n        raise ValueError("v")\n    except ValueError as e:\n        yield str(e)\n    else:\n        yield "else"\n    finally:\n        yield "finally"',
    'list(g())',
    "[1, 'v', 'finally']",
  ],
  [
    'def g(n):\n    i = 0\n    while i < n:\n        received = yield i\n        i += received if received else 1',
    '(lambda it: [next(it), it.send(3), next(it)])(g(10))',
    '[0, 3, 4]',
  ],
  ['def g():\n    x = yield\n    yield x * 2', '(lambda it: (next(it), it.send(21)))(g())', '(None, 42)'],
  ['def g():\n    yield 1, 2\n    yield [(yield 3)]', 'list(g())', '[(1, 2), 3, [None]]'],
];

export const finalizationCases: Case[] = [
  [
    'log = []\ndef g(tag):\n    try:\n        yield 1\n        yield 2\n    finally:\n        log.append("fin " + tag)\ndef first():\n    for x in g("b"):\n        return x\ndef f():\n    for x in g("a"):\n        break\n    log.append("after a")\n    log.append(first())\n    for x in (y for y in g("d")):\n        break\n    log.append("after d")\n    return log',
    'f()',
    "['fin a', 'after a', 'fin b', 1, 'fin d', 'after d']",
  ],
  [
    'def g():\n    try:\n        yield 1\n    finally:\n        yield 2\ndef f():\n    it = g()\n    next(it)\n    it.close()',
    'f()',
    'raise RuntimeError: generator ignored GeneratorExit',
  ],
];

export const matchCases: Case[] = [
  [
    `def m(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'small'
        case [a, b]:
            return f'pair {a} {b}'
        case [first, *rest]:
            return f'seq {first} {rest}'
        case {'k': v, **others}:
            return f'map {v} {others}'
        case str() as s if len(s) > 2:
            return 'long str ' + s
        case str(s):
            return 'str ' + s
        case None:
            return 'none'
        case -1:
            return 'neg'
        case (1, _, *_):
            return 'tuple'
        case _:
            return 'other'`,
    '[m(v) for v in [0, 2, [1, 2], [1, 2, 3], {"k": 1, "z": 2}, "abcd", "ab", None, -1, 3.5, (), True]]',
    "['zero', 'small', 'pair 1 2', 'seq 1 [2, 3]', \"map 1 {'z': 2}\", 'long str abcd', 'str ab', 'none', 'neg', 'other', 'other', 'small']",
  ],
  [
    `class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'y={y}'
        case Point(x, 0):
            return f'x={x}'
        case int(n) | float(n):
            return f'number {n}'
        case _:
            return 'else'`,
    '[where(Point(0, 0)), where(Point(0, 5)), where(Point(3, 0)), where(Point(1, 1)), where(7)]',
    "['origin', 'y=5', 'x=3', 'else', 'number 7']",
  ],
  [
    'def f(cmd):\n    match cmd.split():\n        case ["go", direction]:\n            return direction\n        case ["stop"]:\n            return "stopped"\n        case _:\n            return "?"',
    '[f("go north"), f("stop"), f("x y z")]',
    "['north', 'stopped', '?']",
  ],
  [
    'class C:\n    pass\ndef f(x):\n    match x:\n        case C(1):\n            return 1',
    'f(C())',
    'raise TypeError: C() accepts 0 positional sub-patterns (1 given)',
  ],
  [
    'import math\ndef f(x):\n    match x:\n        case math.pi:\n            return "pi"\n        case _:\n            return "no"',
    '(f(3.141592653589793), f(3))',
    "('pi', 'no')",
  ],
  [
    'def f(x):\n    match x:\n        case {"a": 1}:\n            return "a1"\n        case {}:\n            return "dict"',
    '(f({"a": 1, "b": 2}), f({"a": 2}), f([]))',
    "('a1', 'dict', None)",
  ],
];
