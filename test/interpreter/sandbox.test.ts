// The sandbox: imports of unavailable modules, resource limits (steps, recursion, memory), no file system,
// and the guarantee that no input makes the host throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCall, runModule } from '../../interpreter/index.ts';
import { run } from './helpers.ts';

test('modules outside the sandbox are not found', () => {
  for (const name of ['os', 'subprocess', 'socket', 'pathlib', 'time']) {
    assert.equal(
      run(`import ${name}\ndef f(): pass`, 'f()'),
      `raise ModuleNotFoundError: No module named '${name}'`,
    );
  }
  assert.equal(
    run('from os import path\ndef f(): pass', 'f()'),
    "raise ModuleNotFoundError: No module named 'os'",
  );
  assert.deepEqual(runCall('def f():\n    import os', 'f()'), {
    ok: false,
    error: {
      kind: 'exception',
      type: 'ModuleNotFoundError',
      message: "No module named 'os'",
      location: { line: 2, column: 1 },
    },
  });
});

test('open() and input() fail instead of touching the host', () => {
  const r = runCall('def f():\n    return open("/etc/passwd").read()', 'f()');
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.kind, 'exception');
  assert.equal(run('def f():\n    return input()', 'f()'), 'raise EOFError: EOF when reading a line');
});

test('an endless loop stops at the step limit', () => {
  assert.deepEqual(runCall('def f():\n    while True:\n        pass', 'f()', { maxSteps: 10_000 }), {
    ok: false,
    error: {
      kind: 'limit',
      type: 'TimeoutError',
      message: 'step limit of 10000 exceeded',
      location: { line: 3, column: 1 },
    },
  });
  const r = runCall('def f():\n    return [x for x in iter(int, 1)]', 'f()', { maxSteps: 5_000 });
  assert.deepEqual(r.ok ? null : [r.error.kind, r.error.message], ['limit', 'step limit of 5000 exceeded']);
});

test('the step limit cannot be caught by the program', () => {
  const code =
    'def f():\n    try:\n        while True:\n            pass\n    except BaseException:\n        return "caught"';
  const r = runCall(code, 'f()', { maxSteps: 1000 });
  assert.deepEqual(r.ok ? r.repr : r.error.type, 'TimeoutError');
});

test('deep recursion raises a catchable RecursionError', () => {
  assert.deepEqual(runCall('def f(n):\n    return f(n + 1)', 'f(0)'), {
    ok: false,
    error: {
      kind: 'limit',
      type: 'RecursionError',
      message: 'maximum recursion depth exceeded',
      location: { line: 2, column: 1 },
    },
  });
  const caught =
    'def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError as e:\n        return str(e)';
  assert.equal(run(caught, 'f(0)'), "'maximum recursion depth exceeded'");
  assert.equal(
    run('def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)', 'f(50)', { maxDepth: 40 }),
    'raise RecursionError: maximum recursion depth exceeded',
  );
  assert.equal(run('def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)', 'f(300)'), '300');
});

test('the recursion limit counts frames like CPython, module frame included', () => {
  const method =
    'class A:\n    def m(self, n):\n        try:\n            return self.m(n + 1)\n        except RecursionError:\n            return n\ndef f(n):\n    return A().m(n)';
  assert.equal(run(method, 'f(0)'), '997');
  const plain = 'def g(n):\n    try:\n        return g(n + 1)\n    except RecursionError:\n        return n';
  assert.equal(run(plain, 'g(0)'), '998');
  assert.equal(run('import sys\nsys.setrecursionlimit(50)\n' + plain, 'g(0)'), '48');
});

test('recursion deeper than the host stack allows is rerun on a big stack, output included', () => {
  const code =
    'import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    if n % 5000 == 0:\n        print(n, end=" ")\n    return 0 if n == 0 else 1 + f(n - 1)';
  let out = '';
  assert.deepEqual(runCall(code, 'f(20000)', { stdout: (t) => (out += t) }), { ok: true, repr: '20000' });
  assert.equal(out, '20000 15000 10000 5000 0 ');
});

test('huge allocations raise MemoryError', () => {
  assert.deepEqual(runCall('def f():\n    return "a" * 10**12', 'f()'), {
    ok: false,
    error: { kind: 'limit', type: 'MemoryError', message: '', location: { line: 2, column: 1 } },
  });
  assert.equal(run('def f():\n    return [0] * 10**10', 'f()'), 'raise MemoryError');
});

test('runs share nothing: globals, modules and class state are fresh each time', () => {
  const code = 'count = 0\ndef f():\n    global count\n    count += 1\n    return count';
  assert.equal(run(code, 'f()'), '1');
  assert.equal(run(code, 'f()'), '1');
  assert.equal(run('def f():\n    return count', 'f()'), "raise NameError: name 'count' is not defined");
});

test('hostile inputs come back as failures, never as host exceptions', () => {
  const inputs = [
    '',
    '\0',
    'def',
    '(((((((((((',
    'x' + '('.repeat(2000),
    'lambda: (yield)',
    'yield 1',
    'return 5',
    'nonlocal x',
  ];
  for (const code of inputs) {
    assert.doesNotThrow(() => runModule(code), code);
    assert.doesNotThrow(() => runCall('def f(): pass', code), code);
  }
  const deep = 'def f():\n    return ' + '['.repeat(3000) + ']'.repeat(3000);
  assert.deepEqual(runCall(deep, 'f()'), {
    ok: false,
    error: {
      kind: 'syntax',
      type: 'SyntaxError',
      message: 'too many nested parentheses',
      location: { line: 2, column: 212 },
    },
  });
});
