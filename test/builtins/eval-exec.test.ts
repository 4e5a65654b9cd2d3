// eval, exec, globals and locals run through the interpreter, compiled and traced; every expected output
// was printed by python3.11 for the same snippet (a trailing EXC line is the uncaught exception).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter } from '../../interpreter/index.ts';
import { testPrintedCases } from '../helpers/printed-cases.ts';

const cases: [string, string, string][] = [
  [
    'eval: expressions, leading blanks, bytes source',
    "print(eval('1 + 2 * 3'), eval('  7 // 2'), eval('\\t-3 % 5'), eval(b'2 ** 10'), eval('\"abc\"[::-1]'))\nprint(eval('[x * x for x in range(4)]'), eval('(lambda q: q + 1)(4)'), eval('{\"a\": 1}[\"a\"]'), eval('1 if 0 else 2'))\nprint(eval('3 + 5 * 2 - 4 // 2'), eval('2 ** 3 ** 2'), eval('10 / 4'), eval('max([3, 1, 2])'))\n",
    '7 3 2 1024 cba\n[0, 1, 4, 9] 5 1 2\n11 512 2.5 3\n',
  ],
  [
    "eval reads the caller's locals, parameters and cells",
    "def f(a, b=2):\n    x = a * 10\n    def inner():\n        return x + b\n    return eval('x * 3'), eval('a + b'), eval('inner()')\nprint(f(1))\ndef g():\n    n = 0\n    for i in range(4):\n        n += eval('i * 10')\n    return n\nprint(g())\ndef gen():\n    v = 1\n    yield eval('v + 1')\n    v = 5\n    yield eval('v + 1')\nprint(list(gen()))\n",
    '(30, 3, 12)\n60\n[2, 6]\n',
  ],
  [
    'eval with explicit globals and locals',
    "x = 'module'\ndef shadow():\n    x = 'local'\n    return eval('x'), eval('x', globals()), eval('x', {'x': 'given'}), eval('x', {'x': 'g'}, {'x': 'l'})\nprint(shadow())\nprint(eval('a + b', {'a': 1}, {'b': 2}), eval('len(\"abc\")', {}), eval('sum(v)', {'v': [1, 2]}))\ng = {}\nprint(eval('abs(-4)', g), list(g), eval('__name__', {}))\ndef partial(a):\n    return eval('a + b', None, {'a': 100, 'b': a})\nprint(partial(1))\ntry:\n    eval('a + c', {'a': 1}, {})\nexcept NameError as e:\n    print('NameError:', e)\n",
    "('local', 'module', 'given', 'l')\n3 3 3\n4 ['__builtins__'] builtins\n101\nNameError: name 'c' is not defined\n",
  ],
  [
    'exec at module level defines names; returns None',
    "r = exec('y = 5\\nz = y * 2')\nprint(r, y, z)\nexec('def sq(n):\\n    return n * n')\nprint(sq(7))\nexec('class P:\\n    k = 3\\n    def m(self):\\n        return self.k * 2')\nprint(P().m(), P.__name__)\nexec('del z')\nprint('z' in globals())\nexec('print(\"printed by exec\")')\n",
    'None 5 10\n49\n6 P\nFalse\nprinted by exec\n',
  ],
  [
    'exec inside a function does not change its variables',
    "def g():\n    x = 1\n    exec('x = 2\\nw = 9')\n    try:\n        print(w)\n    except NameError as e:\n        print('NameError:', e)\n    print(x, locals()['w'], locals()['x'])\n    return x\nprint(g())\n",
    "NameError: name 'w' is not defined\n1 9 1\n1\n",
  ],
  [
    'exec with a dict: one namespace for the dict and the functions it defines',
    "ns = {}\nexec('count = 0\\ndef inc():\\n    global count\\n    count += 1\\n    return count\\n', ns)\nns['inc'](); ns['inc']()\nprint(ns['count'], sorted(k for k in ns if k != '__builtins__'), '__builtins__' in ns, len(ns))\nns['count'] = 10\nprint(ns['inc'](), ns['count'])\nexec('count += 5', ns)\nprint(ns['count'], list(ns)[1:])\nexec('def f():\\n    return globals()', ns)\nprint(ns['f']() is ns)\ng = {'data': [3, 1, 2]}\nexec('data.sort()\\nresult = data[0]', g)\nprint(g['result'], g['data'])\n",
    "2 ['count', 'inc'] True 3\n11 11\n16 ['count', 'inc']\nTrue\n1 [1, 2, 3]\n",
  ],
  [
    'exec with separate locals',
    "def outer():\n    loc = {}\n    exec('def sq(n):\\n    return n * n\\nval = sq(4)', {}, loc)\n    return loc['val'], sorted(loc)\nprint(outer())\nloc = {}\nexec('result = []\\nfor i in range(3):\\n    result.append(i ** 2)', {}, loc)\nprint(loc)\nl = {}\nexec('r = locals()', {}, l)\nprint(l['r'] is l)\nglb = {'k': 2}\nexec('helper = 1\\ndef uses():\\n    return helper', glb, l)\ntry:\n    l['uses']()\nexcept NameError as e:\n    print('NameError:', e)\n",
    "(16, ['sq', 'val'])\n{'result': [0, 1, 4], 'i': 2}\nTrue\nNameError: name 'helper' is not defined\n",
  ],
  [
    'globals(): the live module namespace',
    "g1 = globals()\nprint(g1 is globals(), 'g1' in g1)\nglobals()['made'] = 42\nprint(made)\nlater = 7\nprint(g1['later'], g1.get('missing'))\nfor name in ['p1', 'p2']:\n    g1[name] = name.upper()\nprint(p1, p2)\ndel g1['p1']\ntry:\n    print(p1)\nexcept NameError as e:\n    print('NameError:', e)\ndef f():\n    return globals() is g1, globals()['later']\nprint(f())\nx = 10\ndef mod():\n    exec('x = 20', globals())\nmod()\nprint(x)\n",
    "True True\n42\n7 None\nP1 P2\nNameError: name 'p1' is not defined\n(True, 7)\n20\n",
  ],
  [
    "locals(): a snapshot of the function's variables, in CPython's order",
    "def f(a, b=2, *args, k=3, **kw):\n    x = 1\n    def g():\n        return x + a\n    y = [i for i in range(3)]\n    print(sorted(locals()))\n    l = locals()\n    l['zz'] = 1\n    print(list(locals()), locals() is l)\n    del x\n    print('x' in locals(), 'zz' in locals())\nf(5)\ndef h():\n    v = 1\n    snap = locals()\n    v = 2\n    return snap['v'], locals()['v']\nprint(h())\nprint(locals() is globals())\n",
    "['a', 'args', 'b', 'g', 'k', 'kw', 'x', 'y']\n['a', 'b', 'k', 'args', 'kw', 'g', 'y', 'x', 'zz', 'l'] True\nFalse True\n(1, 2)\nTrue\n",
  ],
  [
    'SyntaxError from eval and exec',
    "for src in ['1 +', 'x = 1', '1 2', 'def']:\n    try:\n        eval(src)\n    except SyntaxError as e:\n        print(type(e).__name__, e.msg, e.lineno, e.filename, e.args[0])\ntry:\n    exec('x = = 1')\nexcept SyntaxError as e:\n    print(e)\ntry:\n    exec('if True:\\n    return 5')\nexcept SyntaxError as e:\n    print(e, e.lineno)\ntry:\n    exec('def f():\\n  return undefined_name\\nf()')\nexcept NameError as e:\n    print('NameError:', e)\n",
    "SyntaxError invalid syntax 1 <string> invalid syntax\nSyntaxError invalid syntax 1 <string> invalid syntax\nSyntaxError invalid syntax 1 <string> invalid syntax\nSyntaxError invalid syntax 1 <string> invalid syntax\ninvalid syntax (<string>, line 1)\n'return' outside function (<string>, line 2) 2\nNameError: name 'undefined_name' is not defined\n",
  ],
  [
    'argument errors',
    'tests = ["eval(1)", "eval(None)", "exec([1])", "eval(\'1\', [])", "eval(\'1\', 5)", "eval(\'1\', {}, 5)",\n         "eval(\'1\', globals={})", "eval()", "eval(\'1\', {}, {}, {})", "exec(\'1\', [])", "exec(\'1\', {}, 5)",\n         "exec(\'1\', globals={})", "exec()", "exec(\'1\', {}, {}, {})", "globals(1)", "locals(1)"]\nfor t in tests:\n    try:\n        print(t, \'->\', eval(t))\n    except TypeError as e:\n        print(t, \'->\', e)\n',
    "eval(1) -> eval() arg 1 must be a string, bytes or code object\neval(None) -> eval() arg 1 must be a string, bytes or code object\nexec([1]) -> exec() arg 1 must be a string, bytes or code object\neval('1', []) -> globals must be a real dict; try eval(expr, {}, mapping)\neval('1', 5) -> globals must be a dict\neval('1', {}, 5) -> locals must be a mapping\neval('1', globals={}) -> eval() takes no keyword arguments\neval() -> eval expected at least 1 argument, got 0\neval('1', {}, {}, {}) -> eval expected at most 3 arguments, got 4\nexec('1', []) -> exec() globals must be a dict, not list\nexec('1', {}, 5) -> locals must be a mapping or None, not int\nexec('1', globals={}) -> 'globals' is an invalid keyword argument for exec()\nexec() -> exec() takes at least 1 positional argument (0 given)\nexec('1', {}, {}, {}) -> exec() takes at most 3 positional arguments (4 given)\nglobals(1) -> globals() takes no arguments (1 given)\nlocals(1) -> locals() takes no arguments (1 given)\n",
  ],
  [
    '__builtins__ in a globals dict limits the builtins',
    "print(eval('x', {'__builtins__': {}, 'x': 3}))\ntry:\n    eval('len([])', {'__builtins__': {}})\nexcept NameError as e:\n    print('NameError:', e)\nprint(eval('double(4)', {'__builtins__': {'double': lambda v: v * 2}}))\n",
    "3\nNameError: name 'len' is not defined\n8\n",
  ],
  [
    'nested eval and recursion',
    "def deep(n):\n    return n if n == 0 else eval('deep(n - 1)') + 1\nprint(deep(40))\ns = 'eval(s)'\ntry:\n    eval(s)\nexcept RecursionError:\n    print('RecursionError')\nprint(eval(\"eval('1 + 1') * 3\"))\n",
    '40\nRecursionError\n6\n',
  ],
  [
    'HumanEval 160: do_algebra builds an expression and evals it',
    "def do_algebra(operator, operand):\n    expression = str(operand[0])\n    for oprt, oprn in zip(operator, operand[1:]):\n        expression += oprt + str(oprn)\n    return eval(expression)\nprint(do_algebra(['**', '*', '+'], [2, 3, 4, 5]), do_algebra(['+', '*', '-'], [2, 3, 4, 5]), do_algebra(['//', '*'], [7, 3, 4]))\n",
    '37 9 8\n',
  ],
  [
    "SyntaxError objects a program builds print like CPython's",
    "print(repr(str(SyntaxError())), str(SyntaxError('m')), str(SyntaxError('m', ('f.py', 3, 2, 'txt'))))\ntry:\n    raise SyntaxError('custom')\nexcept SyntaxError as e:\n    print(e, repr(e))\nclass MyErr(SyntaxError):\n    pass\nprint(str(MyErr('sub')))\n",
    "'None' m m (f.py, line 3)\ncustom SyntaxError('custom')\nsub\n",
  ],
  [
    'dict methods on namespace dicts write through',
    "g = globals()\ng.update({'u1': 1, 'u2': 2})\nprint(u1 + u2, g.pop('u1'), 'u1' in g, g.setdefault('u3', 3), u3)\nkeys = g.keys()\nnewvar = 5\nprint('newvar' in keys, [k for k in keys if k.startswith('u')], len([k for k in g.items() if k[0] == 'u2']))\nc = g.copy()\nc['zz'] = 1\nprint('zz' in g)\ndef f():\n    a = 1\n    l = locals()\n    l.update(b=2)\n    print(sorted(l.items()), sorted(locals()))\n    exec('c = a + b', globals(), l)\n    print(l['c'], sorted(locals()))\nf()\nns = {1: 'int key', 'x': 1}\nexec('y = x + 1', ns)\nprint(ns[1], ns['y'], [k for k in ns if k != '__builtins__'])\nprint({**ns}['y'], dict(ns)['x'], ns == {**ns})\n",
    "3 1 False 3 3\nTrue ['u2', 'u3'] 1\nFalse\n[('a', 1), ('b', 2)] ['a', 'b', 'l']\n3 ['a', 'b', 'c', 'l']\nint key 2 [1, 'x', 'y']\n2 1 True\n",
  ],
  [
    "unbalanced brackets get the tokenizer's messages",
    "for s in ['print((1', 'f(1, [2', 'x = 1)', 'a[1)', 'f(\\n1, [2,\\n3', '\"(\" + (', 'x = (1,\\n2', 'a(]\\n', '(\\n]', '# (\\n1 +']:\n    try: eval(s) if '=' not in s else exec(s)\n    except SyntaxError as e: print(repr(s), e.msg, e.lineno)\n",
    "'print((1' '(' was never closed 1\n'f(1, [2' '[' was never closed 1\n'x = 1)' unmatched ')' 1\n'a[1)' closing parenthesis ')' does not match opening parenthesis '[' 1\n'f(\\n1, [2,\\n3' '[' was never closed 2\n'\"(\" + (' '(' was never closed 1\n'x = (1,\\n2' '(' was never closed 1\n'a(]\\n' closing parenthesis ']' does not match opening parenthesis '(' 1\n'(\\n]' closing parenthesis ']' does not match opening parenthesis '(' on line 1 2\n'# (\\n1 +' invalid syntax 2\n",
  ],
  [
    'namespace dicts keep their order through many deletions',
    "g = globals()\nfor i in range(100):\n    g[f'v{i}'] = i\nfor i in range(90):\n    del g[f'v{i}']\nprint([k for k in g if k.startswith('v')], v95)\nns = {}\nexec('\\n'.join(f'a{i} = {i}' for i in range(60)), ns)\nfor i in range(50):\n    ns.pop(f'a{i}')\nprint([k for k in ns if k.startswith('a')], eval('a55 + 1', ns))\n",
    "['v90', 'v91', 'v92', 'v93', 'v94', 'v95', 'v96', 'v97', 'v98', 'v99'] 95\n['a50', 'a51', 'a52', 'a53', 'a54', 'a55', 'a56', 'a57', 'a58', 'a59'] 56\n",
  ],
];

const py = await loadInterpreter();

// Dynamic code always runs untraced; a traced caller must still print the same.
testPrintedCases(cases);

// The sandbox holds inside dynamic code: imports resolve to the sandbox's stdlib and the run's limits apply.
test('exec cannot import modules outside the sandbox', () => {
  let out = '';
  const r = py.runModule(
    "try:\n    exec('import os')\nexcept ImportError as e:\n    print(type(e).__name__, e)\nexec('import math')\nprint(math.sqrt(16))",
    { stdout: (t) => (out += t) },
  );
  assert.deepEqual(r, { ok: true, repr: 'None' });
  assert.equal(out, "ModuleNotFoundError No module named 'os'\n4.0\n");
});

test('the step limit stops an endless loop inside exec', () => {
  const r = py.runModule("exec('while True:\\n    pass')", { maxSteps: 10_000 });
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(formatFailure(r.error), 'TimeoutError: step limit of 10000 exceeded');
});

test('one source runs against module and mapping scopes alike', () => {
  let out = '';
  const code =
    "src = 'v = w + 1'\nw = 1\nexec(src)\nprint(v)\ndef f():\n    w = 10\n    loc = {}\n    exec(src, None, {'w': w})\n    exec(src, {'w': 100}, loc)\n    return loc['v']\nprint(f(), v)";
  const r = py.runModule(code, { stdout: (t) => (out += t) });
  assert.deepEqual(r, { ok: true, repr: 'None' });
  assert.equal(out, '2\n101 2\n');
});
