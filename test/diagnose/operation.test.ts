import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyExpression, reducedOperation } from '../../harness/diagnose/operation.ts';

test('names the operation a rewrite reduced', () => {
  const cases: [before: string, after: string, op: string][] = [
    ['0 + 0 * 0', '0 + 0', '*'],
    ['a + b', '3 + b', 'variable read'],
    ["'a b'.split()", "['a', 'b']", 'str.split'],
    ['len([1, 2]) + 1', '2 + 1', 'len'],
    ["'hello'[1:3]", "'el'", 'slice'],
    ['[1, 2][0]', '1', 'subscript'],
    ['1 < 2 and 3 > 4', 'True and 3 > 4', '<'],
    ['False and 3 > 4', 'False', 'and'],
    ['x.append(3)', 'None', 'list.append'],
    ['f(2) + 1', '5 + 1', 'call'],
    ['3 in [1, 2]', 'False', 'in'],
    ['3 not in [1, 2]', 'True', 'not in'],
    ['not True', 'False', 'not'],
    ['text.upper()', "'AB'", 'str.upper'],
    ['(1 + 2) * 3', '3 * 3', '+'],
    ['nums.count(n)', '4', '?.count'],
    ['[1].count(1)', '1', 'list.count'],
    ['{1: 2}.get(1, 0) + 1', '2 + 1', 'dict.get'],
    ["'%s' % 3", "'3'", '%'],
    ['~5', '-6', 'unary ~'],
    ["'ab' == 'ab'", 'True', '=='],
    ['x is None', 'False', 'is'],
    ["','.join(['a', 'b'])", "'a,b'", 'str.join'],
    ['2 ** 10', '1024', '**'],
    ['7 // 2', '3', '//'],
    ['sorted([3, 1])', '[1, 3]', 'sorted'],
    ['(1, 2)[::-1]', '(2, 1)', 'slice'],
    ['1 if c else 2', '1 if True else 2', 'variable read'],
    ['1 if True else 2', '1', 'conditional'],
    ['0 - 1', '-1', '-'],
    ["f'{6},{[6, 8][1]}'", "f'{6},{8}'", 'f-string'],
    ['isinstance(0, str) and num.isnumeric() or x', 'False or x', 'and'],
  ];
  for (const [before, after, op] of cases)
    assert.equal(reducedOperation(before, after), op, `${before} -> ${after}`);
});

test('classifies the outermost operation of an expression', () => {
  const cases: [string, string][] = [
    ['a is not None', 'is not'],
    ['{}', 'dict display'],
    ['{1, 2}', 'set display'],
    ['(1,)', 'tuple display'],
    ['[x for x in y]', 'comprehension'],
    ['a.b', 'attribute'],
    ['lambda x: x', 'lambda'],
    ['x', 'variable read'],
    ['3', 'literal'],
    ["b'ab'.decode()", 'bytes.decode'],
    ['1.5.is_integer()', 'float.is_integer'],
  ];
  for (const [text, op] of cases) assert.equal(classifyExpression(text), op, text);
});
