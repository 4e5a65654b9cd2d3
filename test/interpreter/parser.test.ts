// The parser adapter: syntax errors and unsupported constructs come back located, and the scope resolver
// lays out frames the way Python's scoping rules require.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCall, runModule } from '../../interpreter/index.ts';
import { parseModule } from '../../interpreter/parser/index.ts';
import type { FunctionDef } from '../../interpreter/parser/ast.ts';
import './helpers.ts';

test('syntax errors are reported with line and column', () => {
  const cases: [string, number, number][] = [
    ['def f(:\n    pass', 1, 7],
    ['x = 1\ny = (2 +\n', 2, 1],
    ['if x\n    pass', 1, 1],
    ['x = = 1', 1, 5],
  ];
  for (const [code, line, column] of cases) {
    const r = runModule(code);
    assert.deepEqual(
      r,
      {
        ok: false,
        error: { kind: 'syntax', type: 'SyntaxError', message: 'invalid syntax', location: { line, column } },
      },
      code,
    );
  }
});

test('the call text must be one expression', () => {
  for (const call of ['f((', 'f(); g()', 'x = f()', '']) {
    const r = runCall('def f(): return 1', call);
    assert.equal(r.ok ? 'ok' : r.error.kind, 'syntax', call);
  }
});

test("f-strings follow Python 3.11's tokenizer: no backslash or own quote inside an expression", () => {
  const cases: [string, string | null][] = [
    ["x = f'{chr(10)!r}'", null],
    ['x = f"{\'\\n\'}"', 'f-string expression part cannot include a backslash'],
    ['x = f"{1:{\'\\t\'}}"', 'f-string expression part cannot include a backslash'],
    ['d = {}\nx = f"{d["k"]}"', "f-string: unmatched '['"],
    ['x = f"{len("ab")}"', "f-string: unmatched '('"],
    ["x = f'{1:{'x'}>3}'", "f-string: expecting '}'"],
    ['x = f"""{"a"}"""', null],
    ['x = rf"{1}\\d"', null],
  ];
  for (const [code, message] of cases) {
    const r = runModule(code);
    assert.equal(r.ok ? null : r.error.message, message, code);
  }
});

test('unsupported constructs are reported with their location', () => {
  const cases: [string, string, number, number][] = [
    ['async def f():\n    pass', 'an async function is not supported', 1, 1],
    ['def f():\n    return 1 + 2j', 'a complex number is not supported', 2, 16],
    ['from . import x', 'a relative import is not supported', 1, 6],
    ['class Name(str):\n    pass', "subclassing the builtin type 'str' is not supported", 1, 12],
    ['def f():\n    x = [(yield) for _ in range(1)]', "'yield' outside function", 2, 11],
  ];
  for (const [code, message, line, column] of cases) {
    const r = runModule(code);
    assert.ok(!r.ok);
    assert.deepEqual([r.error.message, r.error.location], [message, { line, column }], code);
  }
  const r = runModule('async def f():\n    pass');
  assert.deepEqual(r.ok ? null : [r.error.kind, r.error.type], ['unsupported', 'UnsupportedError']);
});

test('the scope resolver keeps captured variables in cells and the rest in fast slots', () => {
  const mod = parseModule('def f(a, b):\n    c = a\n    def g():\n        return b + c\n    return g');
  const f = mod.body[0] as FunctionDef;
  assert.deepEqual(
    { fast: f.code.fastNames, cells: f.code.cellNames, paramsFast: f.code.paramsFast },
    { fast: ['a', 'g'], cells: ['b', 'c'], paramsFast: false },
  );
  const g = f.code.body[1] as FunctionDef;
  assert.deepEqual(
    { cells: g.code.cellNames, sources: g.code.freeSources, qualname: g.code.qualname },
    {
      cells: ['b', 'c'],
      sources: [0, 1],
      qualname: 'f.<locals>.g',
    },
  );
});

test('a nonlocal declaration without a binding is a syntax error', () => {
  const r = runModule('def f():\n    def g():\n        nonlocal zz\n        zz = 1');
  assert.deepEqual(r.ok ? null : [r.error.kind, r.error.message], [
    'syntax',
    "no binding for nonlocal 'zz' found",
  ]);
});

test('string literals decode escapes, raw strings, bytes and implicit concatenation', () => {
  const r = runCall(
    'def f():\n    return ["\\x41\\n\\u00e9\\N", r"\\d+", b"\\x00a", "a" "b", """x\ny""", f"{1}{{}}" f"{2!r:>3}"]',
    'f()',
  );
  assert.deepEqual(r, { ok: true, repr: "['A\\né\\\\N', '\\\\d+', b'\\x00a', 'ab', 'x\\ny', '1{}  2']" });
});
