import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import * as interpreter from '../../interpreter/index.ts';
import { varyValue } from '../../harness/gen/draw.ts';
import { drawCall, planInputs } from '../../harness/gen/inputs.ts';
import { hash32, Prng } from '../../harness/gen/prng.ts';
import { parseSeedInput, SeedInputError } from '../../harness/gen/seed-input.ts';
import { readSignature } from '../../harness/gen/signature.ts';
import { initSyntax } from '../../harness/gen/syntax.ts';
import { renderValue, type GenValue } from '../../harness/gen/values.ts';

before(async () => {
  await interpreter.loadInterpreter();
  await initSyntax();
});

const int = (n: number): GenValue => ({ kind: 'int', value: BigInt(n) });
const str = (s: string): GenValue => ({ kind: 'str', value: s });

test('the PRNG is mulberry32: fixed values for a seed, streams keyed by seed and program', () => {
  const rng = new Prng(42);
  assert.deepEqual(
    [rng.next(), rng.next(), rng.next()],
    [0.6011037519201636, 0.44829055899754167, 0.8524657934904099],
  );
  assert.equal(hash32(''), 0x811c9dc5);
  assert.equal(hash32('a'), 0xe40c292c);
  const a = Prng.fromKey(1, 'line3');
  const b = Prng.fromKey(1, 'line3');
  const c = Prng.fromKey(2, 'line3');
  const draws = (r: Prng) => Array.from({ length: 5 }, () => r.int(0, 1000));
  const first = draws(a);
  assert.deepEqual(draws(b), first);
  assert.notDeepEqual(draws(c), first);
  const r = new Prng(7);
  for (let i = 0; i < 500; i++) {
    const v = r.int(-3, 3);
    assert.ok(v >= -3 && v <= 3 && Number.isInteger(v));
  }
});

test('seed inputs are evaluated by the interpreter and rendered back as CPython reprs', () => {
  const parsed = parseSeedInput(
    interpreter,
    'f',
    `'a' * 3, [1, -2], {'k': (1, 2.5)}, None, True, set(), frozenset({1}), float('inf'), 'it\\'s', 1e16, -0.0, (7,)`,
  );
  assert.deepEqual(
    parsed.args.map((a) => renderValue(a.value)),
    [
      "'aaa'",
      '[1, -2]',
      "{'k': (1, 2.5)}",
      'None',
      'True',
      'set()',
      'frozenset({1})',
      "float('inf')",
      `"it's"`,
      '1e+16',
      '-0.0',
      '(7,)',
    ],
  );
  assert.deepEqual(
    parsed.args.map((a) => a.value.kind),
    ['str', 'list', 'dict', 'none', 'bool', 'set', 'opaque', 'opaque', 'str', 'float', 'float', 'tuple'],
  );
  // An input may use the program's own module-level names.
  const code = 'items = [3, 4]\ndef f(xs):\n    return xs\n';
  assert.equal(renderValue(parseSeedInput(interpreter, 'f', 'items[:]', code).args[0]!.value), '[3, 4]');
  assert.throws(() => parseSeedInput(interpreter, 'f', 'undefined_name'), {
    name: 'SeedInputError',
    message:
      "seed argument undefined_name cannot be evaluated: NameError: name 'undefined_name' is not defined",
  });
});

test('varied values keep the seed type and shape', () => {
  const rng = new Prng(11);
  for (let i = 0; i < 300; i++) {
    const n = varyValue(int(50), rng);
    assert.equal(n.kind, 'int');
    if (n.kind === 'int') assert.ok(n.value >= -100n && n.value <= 100n, String(n.value));

    const s = varyValue(str('abcab'), rng);
    assert.equal(s.kind, 'str');
    if (s.kind === 'str') assert.match(s.value, /^[abc]*$/);

    const list = varyValue({ kind: 'list', items: [int(1), int(2), int(3)] }, rng);
    assert.equal(list.kind, 'list');
    if (list.kind === 'list') {
      assert.ok(list.items.length >= 1 && list.items.length <= 7, String(list.items.length));
      assert.ok(list.items.every((v) => v.kind === 'int'));
    }

    const tuple = varyValue({ kind: 'tuple', items: [str('x'), int(3)] }, rng);
    assert.deepEqual(tuple.kind === 'tuple' ? tuple.items.map((v) => v.kind) : [], ['str', 'int']);

    const dict = varyValue({ kind: 'dict', entries: [[str('k'), { kind: 'list', items: [int(1)] }]] }, rng);
    assert.equal(dict.kind, 'dict');
    if (dict.kind === 'dict') {
      const keys = dict.entries.map(([k]) => renderValue(k));
      assert.equal(new Set(keys).size, keys.length);
      assert.ok(dict.entries.every(([k, v]) => k.kind === 'str' && v.kind === 'list'));
    }

    assert.deepEqual(varyValue({ kind: 'none' }, rng), { kind: 'none' });
    assert.equal(varyValue({ kind: 'bool', value: true }, rng).kind, 'bool');
    // Mixed lists are records: same length, same kind at each position.
    const record = varyValue({ kind: 'list', items: [int(1), str('a')] }, rng);
    assert.deepEqual(record.kind === 'list' ? record.items.map((v) => v.kind) : [], ['int', 'str']);
  }
  // Varied, not constant: 300 draws of a 5-letter string give many distinct strings.
  const distinct = new Set(Array.from({ length: 300 }, () => renderValue(varyValue(str('abcab'), rng))));
  assert.ok(distinct.size > 100, String(distinct.size));
});

test('type hints are read from the signature', () => {
  const params = readSignature(
    'def f(xs: list[int], s: str, d: dict[str, List[int]], o: int | None = None, *, k: Optional[tuple[int, ...]] = 3):\n    pass',
    'f',
  );
  assert.deepEqual(params, [
    {
      name: 'xs',
      keywordOnly: false,
      type: { kind: 'list', item: { kind: 'int' } },
      default: null,
      hasDefault: false,
    },
    { name: 's', keywordOnly: false, type: { kind: 'str' }, default: null, hasDefault: false },
    {
      name: 'd',
      keywordOnly: false,
      type: { kind: 'dict', key: { kind: 'str' }, value: { kind: 'list', item: { kind: 'int' } } },
      default: null,
      hasDefault: false,
    },
    {
      name: 'o',
      keywordOnly: false,
      type: { kind: 'union', options: [{ kind: 'int' }, { kind: 'none' }] },
      default: { kind: 'none' },
      hasDefault: true,
    },
    {
      name: 'k',
      keywordOnly: true,
      type: {
        kind: 'union',
        options: [{ kind: 'tuple', items: [{ kind: 'int' }], variadic: true }, { kind: 'none' }],
      },
      default: { kind: 'int', value: 3n },
      hasDefault: true,
    },
  ]);
  assert.equal(readSignature('def f(*args):\n    pass', 'f'), null);
  assert.equal(readSignature('def g(x):\n    pass', 'f'), null);
});

test('calls drawn from type hints follow the hinted types, deterministically', () => {
  const code = 'def h(xs: list[int], s: str, flag: bool = False) -> str:\n    return s\n';
  const plan = planInputs(interpreter, code, { function: 'h' });
  assert.equal(plan.origin, 'hints');
  const draw = (seed: number) => {
    const rng = Prng.fromKey(seed, 'x');
    return Array.from({ length: 20 }, () => drawCall(plan, rng));
  };
  const calls = draw(1);
  assert.deepEqual(calls.slice(0, 4), [
    "h([16], 'ac', True)",
    "h([16, 9, -7, 3, 16, 19], 'bafdebd', False)",
    "h([0], 'debcaa', False)",
    "h([0, -3, 10], 'f', True)",
  ]);
  for (const call of calls) assert.match(call, /^h\(\[(-?\d+(, -?\d+)*)?\], '[a-f]*', (True|False)\)$/);
  assert.deepEqual(draw(1), calls);
  assert.notDeepEqual(draw(2), calls);
  assert.throws(
    () => planInputs(interpreter, 'def h(x):\n    return x\n', { function: 'h' }),
    SeedInputError,
  );
});

test('keyword arguments of a seed call stay keywords; a skipped default forces names after it', () => {
  const plan = planInputs(interpreter, 'def f(a, b):\n    return a', { call: "f(a = [1, 2], b='xy')" });
  const rng = Prng.fromKey(1, 'x');
  for (let i = 0; i < 20; i++) assert.match(drawCall(plan, rng), /^f\(a=\[[\d, -]*\], b='[xy]*'\)$/);
  const hinted = planInputs(interpreter, 'def f(a: int, b=len, c: str = "q"):\n    return a', {
    function: 'f',
  });
  assert.deepEqual(
    hinted.args.map((a) => [a.name, a.from]),
    [
      [null, 'type'],
      ['c', 'type'],
    ],
  );
});

test('a seed call whose callee is not a plain name cannot be varied', () => {
  assert.throws(
    () => planInputs(interpreter, 'class A:\n    def m(self, x):\n        return x\n', { call: 'A().m(1)' }),
    {
      name: 'SeedInputError',
      message: 'cannot draw inputs for A().m(1): the callee is not a plain function name',
    },
  );
});
