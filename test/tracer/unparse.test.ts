// unparse: canonical one-line Python with precedence-correct parentheses, and values substituted for
// subexpressions (the text of `eval` lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initParser, parseExpression } from '../../interpreter/parser/index.ts';
import type { Expr } from '../../interpreter/parser/ast.ts';
import { unparse } from '../../interpreter/tracer/unparse.ts';

const CANONICAL: [string, string][] = [
  ['a+b*c', 'a + b * c'],
  ['(a+b)*c', '(a + b) * c'],
  ['a-(b-c)', 'a - (b - c)'],
  ['(a-b)-c', 'a - b - c'],
  ['-x**2', '-x ** 2'],
  ['(-x)**2', '(-x) ** 2'],
  ['2**-1', '2 ** -1'],
  ['a**b**c', 'a ** b ** c'],
  ['(a**b)**c', '(a ** b) ** c'],
  ['not a == b', 'not a == b'],
  ['(not a) == b', '(not a) == b'],
  ['a and b or c', 'a and b or c'],
  ['a and (b or c)', 'a and (b or c)'],
  ['x if c else y if d else z', 'x if c else y if d else z'],
  ['(x if c else y) + 1', '(x if c else y) + 1'],
  ['lambda x, y=2: x+y', 'lambda x, y=2: x + y'],
  ['f(*args, k=1, **kw)', 'f(*args, k=1, **kw)'],
  ['sum(x for x in xs if x)', 'sum(x for x in xs if x)'],
  ['d[1, 2]', 'd[1, 2]'],
  ['s[::-1]', 's[::-1]'],
  ['s[a:b]', 's[a:b]'],
  ["{'a': 1, **m}", "{'a': 1, **m}"],
  ['{k: v for k, v in d.items()}', '{k: v for k, v in d.items()}'],
  ['[(a, b) for a in x for b in y]', '[(a, b) for a in x for b in y]'],
  ['(1,)', '(1,)'],
  ['()', '()'],
  ['{1, 2}', '{1, 2}'],
  ["f'{x!r:>{w}} {{lit}}'", "f'{x!r:>{w}} {{lit}}'"],
  ['"it\'s"', '"it\'s"'],
  ['(n := 3) > 2', '(n := 3) > 2'],
  ['a < b <= c', 'a < b <= c'],
  ['x not in y', 'x not in y'],
  ['1 .real', '(1).real'],
  ['(1.5).real', '1.5.real'],
];

test('expressions are written canonically with the parentheses precedence needs', async () => {
  await initParser();
  const wrong = CANONICAL.filter(([src, expected]) => unparse(parseExpression(src)) !== expected).map(
    ([src]) => `${src} -> ${unparse(parseExpression(src))}`,
  );
  assert.deepEqual(wrong, []);
});

/** Substitutes value texts for the nodes found by `pick` (a path of child field names from the root). */
function withValues(src: string, values: [(root: Expr) => Expr, string][]): string {
  const root = parseExpression(src);
  return unparse(root, new Map(values.map(([pick, text]) => [pick(root), text])));
}

test('substituted values keep their meaning: parentheses for signs and numbers where needed', async () => {
  await initParser();
  const bin = (e: Expr) => e as Extract<Expr, { kind: 'BinOp' }>;
  const attr = (e: Expr) => e as Extract<Expr, { kind: 'Attribute' }>;
  const call = (e: Expr) => e as Extract<Expr, { kind: 'Call' }>;
  const un = (e: Expr) => e as Extract<Expr, { kind: 'UnaryOp' }>;
  assert.equal(withValues('x ** 2', [[(r) => bin(r).left, '-3']]), '(-3) ** 2');
  assert.equal(withValues('2 ** x', [[(r) => bin(r).right, '-3']]), '2 ** -3');
  assert.equal(withValues('a * b', [[(r) => bin(r).right, '-1']]), 'a * -1');
  assert.equal(withValues('-x', [[(r) => un(r).operand, '-2']]), '-(-2)');
  assert.equal(withValues('n.bit_length()', [[(r) => attr(call(r).func).value, '5']]), '(5).bit_length()');
  assert.equal(withValues('n.bit_length()', [[(r) => attr(call(r).func).value, '-5']]), '(-5).bit_length()');
  assert.equal(withValues('x.real', [[(r) => attr(r).value, '2.5']]), '2.5.real');
  assert.equal(withValues('a + b * c', [[(r) => bin(r).right, '6']]), 'a + 6');
  const fstringField = (e: Expr) =>
    ((e as Extract<Expr, { kind: 'JoinedStr' }>).parts[0] as { value: Expr }).value;
  assert.equal(withValues("f'{x}!'", [[fstringField, "'ab'"]]), 'f"{\'ab\'}!"');
});
