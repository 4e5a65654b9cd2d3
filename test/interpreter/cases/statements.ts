// Statements and expressions: assignment forms, loops, branches, operators' evaluation order.
import type { Case } from '../helpers.ts';

export const assignmentCases: Case[] = [
  ['def f():\n    a, b = 1, 2\n    a, b = b, a\n    return a, b', 'f()', '(2, 1)'],
  [
    'def f():\n    a = b = c = []\n    a.append(1)\n    return a, b, c, a is c',
    'f()',
    '([1], [1], [1], True)',
  ],
  ['def f(x):\n    first, *rest = x\n    return first, rest', 'f("abc")', "('a', ['b', 'c'])"],
  ['def f(x):\n    *init, last = x\n    return init, last', 'f([1, 2, 3])', '([1, 2], 3)'],
  ['def f(x):\n    a, *m, b = x\n    return a, m, b', 'f(range(2))', '(0, [], 1)'],
  ['def f(x):\n    (a, b), [c, d] = x\n    return a + b + c + d', 'f(((1, 2), (3, 4)))', '10'],
  [
    'def f():\n    for i, (k, v) in enumerate({"a": 1}.items()):\n        return i, k, v',
    'f()',
    "(0, 'a', 1)",
  ],
  [
    'def f():\n    a, b, c = 1, 2\n    return a',
    'f()',
    'raise ValueError: not enough values to unpack (expected 3, got 2)',
  ],
  [
    'def f():\n    a, b = 1, 2, 3\n    return a',
    'f()',
    'raise ValueError: too many values to unpack (expected 2)',
  ],
  [
    'def f():\n    a, *b, c = [1]\n    return a',
    'f()',
    'raise ValueError: not enough values to unpack (expected at least 2, got 1)',
  ],
  ['def f():\n    a, b = 5\n    return a', 'f()', 'raise TypeError: cannot unpack non-iterable int object'],
  [
    'def f():\n    a, b = None\n    return a',
    'f()',
    'raise TypeError: cannot unpack non-iterable NoneType object',
  ],
  [
    'def f():\n    l = [0, 1, 2, 3]\n    l[1:3] = "ab"\n    l[0] = 9\n    return l',
    'f()',
    "[9, 'a', 'b', 3]",
  ],
  ['def f():\n    d = {}\n    d["k"] = 1\n    d["k"] += 5\n    return d', 'f()', "{'k': 6}"],
  ['def f():\n    l = [1]\n    m = l\n    m += [2]\n    return l', 'f()', '[1, 2]'],
  ['def f():\n    t = (1,)\n    u = t\n    u += (2,)\n    return t, u', 'f()', '((1,), (1, 2))'],
  ['class A: pass\ndef f():\n    a = A()\n    a.x = 1\n    a.x += 2\n    return a.x', 'f()', '3'],
  [
    'def f():\n    x = 10\n    x //= 3\n    x **= 2\n    x -= 1\n    x %= 5\n    x <<= 2\n    return x',
    'f()',
    '12',
  ],
  ['def f():\n    i = 0\n    l = [0, 0]\n    l[i] = i = 1\n    return l, i', 'f()', '([1, 0], 1)'],
  ['def f():\n    x: int = 5\n    y: str\n    return x', 'f()', '5'],
  ['def f():\n    x = [1, 2, 3]\n    del x[0]\n    del x[-1]\n    return x', 'f()', '[2]'],
  [
    'def f():\n    x = 1\n    del x\n    return x',
    'f()',
    "raise UnboundLocalError: cannot access local variable 'x' where it is not associated with a value",
  ],
  ['def f():\n    d = {"a": 1, "b": 2}\n    del d["a"], d["b"]\n    return d', 'f()', '{}'],
  ['def f():\n    return [y := 5, y ** 2]', 'f()', '[5, 25]'],
  ['def f(l):\n    return [m for x in l if (m := x * 2) > 2], m', 'f([1, 2, 3])', '([4, 6], 6)'],
];

export const controlFlowCases: Case[] = [
  [
    'def f(n):\n    out = []\n    i = 0\n    while i < n:\n        i += 1\n        if i == 2:\n            continue\n        if i == 5:\n            break\n        out.append(i)\n    else:\n        out.append("else")\n    return out',
    'f(10)',
    '[1, 3, 4]',
  ],
  [
    'def f(n):\n    out = []\n    i = 0\n    while i < n:\n        i += 1\n    else:\n        out.append("else")\n    return out',
    'f(3)',
    "['else']",
  ],
  [
    'def f():\n    for i in range(3):\n        pass\n    else:\n        return "else", i',
    'f()',
    "('else', 2)",
  ],
  [
    'def f():\n    for i in range(3):\n        if i == 1:\n            break\n    else:\n        return "else"\n    return i',
    'f()',
    '1',
  ],
  [
    'def f():\n    l = [1, 2]\n    for x in l:\n        if x < 4:\n            l.append(x + 2)\n    return l',
    'f()',
    '[1, 2, 3, 4, 5]',
  ],
  [
    'def f():\n    r = []\n    for i in range(10, 0, -3):\n        r.append(i)\n    return r',
    'f()',
    '[10, 7, 4, 1]',
  ],
  [
    'def f(x):\n    if x > 2:\n        return "big"\n    elif x > 0:\n        return "small"\n    elif x == 0:\n        return "zero"\n    else:\n        return "neg"',
    '[f(3), f(1), f(0), f(-1)]',
    "['big', 'small', 'zero', 'neg']",
  ],
  [
    'def f():\n    out = []\n    for i in range(3):\n        for j in range(3):\n            if j == 1:\n                break\n            out.append((i, j))\n    return out',
    'f()',
    '[(0, 0), (1, 0), (2, 0)]',
  ],
  [
    'def f():\n    for c in "ab":\n        for d in "xy":\n            if d == "y":\n                continue\n            yield c + d',
    'list(f())',
    "['ax', 'bx']",
  ],
  ['def f():\n    pass', 'f()', 'None'],
];

export const expressionCases: Case[] = [
  [
    'def f():\n    x = 3.14159\n    n = "ab"\n    return f"{x:=+10.2f}|{n:=^6}|{x * 2 = }|{n!r:=>5}"',
    'f()',
    '"+     3.14|==ab==|x * 2 = 6.28318|=\'ab\'"',
  ],
  [
    'def f():\n    return 1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2',
    'f()',
    '(True, False, True, True)',
  ],
  [
    'def f():\n    calls = []\n    def v(x):\n        calls.append(x)\n        return x\n    r = v(1) < v(2) < v(0) < v(5)\n    return r, calls',
    'f()',
    '(False, [1, 2, 0])',
  ],
  ['def f():\n    return 0 or "x", 1 and [], [] or {} or 0, "a" and "b"', 'f()', "('x', [], 0, 'b')"],
  [
    'def f():\n    return not 0, not [1], None is None, 1 is not None, 2 in [1, 2], 3 not in (1,)',
    'f()',
    '(True, False, True, True, True, True)',
  ],
  [
    'def f(x):\n    return "pos" if x > 0 else "zero" if x == 0 else "neg"',
    '[f(1), f(0), f(-2)]',
    "['pos', 'zero', 'neg']",
  ],
  [
    'def f():\n    return -7 // 2, -7 % 2, 7 / 2, 2 ** -1, 2 ** 100, ~5, -(-3), +True',
    'f()',
    '(-4, 1, 3.5, 0.5, 1267650600228229401496703205376, -6, 3, 1)',
  ],
  ['def f():\n    return 1 + 2 * 3 ** 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2', 'f()', '(19, 9, 512, -4)'],
  [
    'def f():\n    return True + True, 3 * "ab", [0] * 3, (1, 2) + (3,)',
    'f()',
    "(2, 'ababab', [0, 0, 0], (1, 2, 3))",
  ],
  [
    'def f():\n    return [1, *range(3), *"ab"], (*[1], 2), {*"aa", "b"} == {"a", "b"}, {**{"a": 1}, "b": 2}',
    'f()',
    "([1, 0, 1, 2, 'a', 'b'], (1, 2), True, {'a': 1, 'b': 2})",
  ],
  [
    'def f():\n    x = 7\n    w = 6\n    return f"{x}-{x!r}-{x:03d}-{\'s\'!r}-{x=}-{x:>{w}}|{3.14159:.2f}|{{lit}}"',
    'f()',
    '"7-7-007-\'s\'-x=7-     7|3.14|{lit}"',
  ],
  [
    'def f():\n    s = "hello"\n    return s[1], s[-1], s[1:3], s[::-1], s[:-2], s[::2]',
    'f()',
    "('e', 'o', 'el', 'olleh', 'hel', 'hlo')",
  ],
  [
    'def f():\n    l = list(range(10))\n    return l[2:8:3], l[-3:], l[slice(1, 3)]',
    'f()',
    '([2, 5], [7, 8, 9], [1, 2])',
  ],
  [
    'def f():\n    return {k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)}, [x for x in range(3) for _ in range(2)]',
    'f()',
    "({'a': 1, 'b': 2}, {0, 1, 2}, [0, 0, 1, 1, 2, 2])",
  ],
  [
    'def f():\n    return [[i * j for j in range(3)] for i in range(3)]',
    'f()',
    '[[0, 0, 0], [0, 1, 2], [0, 2, 4]]',
  ],
  ['def f():\n    x = 10\n    l = [x for x in range(3)]\n    return x, l', 'f()', '(10, [0, 1, 2])'],
  [
    'def f():\n    g = (x * x for x in range(4))\n    return next(g), list(g), list(g)',
    'f()',
    '(0, [1, 4, 9], [])',
  ],
  ['def f():\n    return "a" "b" f"{1}" "c", b"x" b"y"', 'f()', "('ab1c', b'xy')"],
  [
    'def f():\n    return "\\t\\x41\\u00e9\\101\\\\", r"\\n", len("\\n")',
    'f()',
    "('\\tAéA\\\\', '\\\\n', 1)",
  ],
  [
    'def f():\n    return 0x1F, 0o17, 0b101, 1_000_000, 1e3, .5, 5., 1.5e-7',
    'f()',
    '(31, 15, 5, 1000000, 1000.0, 0.5, 5.0, 1.5e-07)',
  ],
  ['def f():\n    return ..., None, True, False', 'f()', '(Ellipsis, None, True, False)'],
  [
    'def f():\n    return 1 + "a"',
    'f()',
    "raise TypeError: unsupported operand type(s) for +: 'int' and 'str'",
  ],
  ['def f():\n    return undefined_name', 'f()', "raise NameError: name 'undefined_name' is not defined"],
  ['def f():\n    return 1 / 0', 'f()', 'raise ZeroDivisionError: division by zero'],
  ['def f():\n    return [1][5]', 'f()', 'raise IndexError: list index out of range'],
  ['def f():\n    return {"a": 1}["b"]', 'f()', "raise KeyError: 'b'"],
  ['def f():\n    return (1).foo', 'f()', "raise AttributeError: 'int' object has no attribute 'foo'"],
  ['def f():\n    return 5()', 'f()', "raise TypeError: 'int' object is not callable"],
  ['def f():\n    for x in 5:\n        pass', 'f()', "raise TypeError: 'int' object is not iterable"],
];
