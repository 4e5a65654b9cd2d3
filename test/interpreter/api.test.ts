// The public entry point: loadInterpreter, runModule's printed output, compare(), failure records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadInterpreter } from '../../interpreter/index.ts';
import { printed } from './helpers.ts';

test('loadInterpreter is idempotent', async () => {
  const [a, b] = await Promise.all([loadInterpreter(), loadInterpreter()]);
  assert.equal(a, b);
});

test('print writes to the stdout option, runModule answers None', async () => {
  const py = await loadInterpreter();
  let out = '';
  const r = py.runModule('print("a", 1, sep="-")\nprint([1, "b"], end="!")\nx = 5', {
    stdout: (t) => (out += t),
  });
  assert.deepEqual(r, { ok: true, repr: 'None' });
  assert.equal(out, "a-1\n[1, 'b']!");
});

test('output printed before an uncaught exception is kept', () => {
  assert.equal(
    printed('print("before")\nraise ValueError("after")\nprint("never")'),
    'before\nraise ValueError: after\n',
  );
});

test('uncaught exceptions report type, message and the line that raised', async () => {
  const py = await loadInterpreter();
  assert.deepEqual(py.runCall('def f(d):\n    x = 1\n    return d["k"]', 'f({})'), {
    ok: false,
    error: { kind: 'exception', type: 'KeyError', message: "'k'", location: { line: 3, column: 1 } },
  });
  assert.deepEqual(py.runCall('def f():\n    raise ValueError()', 'f()'), {
    ok: false,
    error: { kind: 'exception', type: 'ValueError', message: '', location: { line: 2, column: 5 } },
  });
});

test('compare evaluates both sides as expressions and applies ==', async () => {
  const py = await loadInterpreter();
  assert.deepEqual(py.compare('1', '1.0'), { ok: true, equal: true });
  assert.deepEqual(py.compare('(1,)', '[1]'), { ok: true, equal: false });
  assert.deepEqual(py.compare("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}"), { ok: true, equal: true });
  assert.deepEqual(py.compare('[1, 2]', 'list(range(1, 3))'), { ok: true, equal: true });
  assert.deepEqual(py.compare("'x' * 3", "'xxx'"), { ok: true, equal: true });
  const bad = py.compare('1', 'x = 1');
  assert.deepEqual(bad.ok ? null : [bad.side, bad.error.kind], ['predicted', 'syntax']);
  const err = py.compare('1 / 0', '1');
  assert.deepEqual(err.ok ? null : [err.side, err.error.type], ['expected', 'ZeroDivisionError']);
  const names = py.compare('f', '1');
  assert.deepEqual(names.ok ? null : [names.side, names.error.message], [
    'expected',
    "name 'f' is not defined",
  ]);
});
