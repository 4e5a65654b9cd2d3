// Answer extraction from real-looking model outputs. Every row states the exact verdict.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractAnswer, type Extraction } from '../../harness/extract/extract.ts';
import type { PromptMode } from '../../harness/prompts/templates.ts';

const sample = { call: "f('hbtofdeiequ')" };

type Row = [
  name: string,
  mode: PromptMode,
  text: string,
  status: Extraction['status'],
  predicted: string | null,
];

const rows: Row[] = [
  // [ANSWER] blocks, as the cot and direct templates ask.
  [
    'cot: answer block after reasoning',
    'cot',
    "Let's execute the code step by step:\n1. text is 'hbtofdeiequ'.\n2. '+' is not in it, so nothing is removed.\n[ANSWER]\nassert f('hbtofdeiequ') == 'hbtofdeiequ'\n[/ANSWER]",
    'ok',
    "'hbtofdeiequ'",
  ],
  [
    'cot: one-line answer block',
    'cot',
    "Reasoning...\n[ANSWER] assert f('hbtofdeiequ') == 'hbtofdeiequ' [/ANSWER]",
    'ok',
    "'hbtofdeiequ'",
  ],
  [
    'cot: answer block holding only the value',
    'cot',
    'So the result is:\n[ANSWER] [(4, 1), (2, 3)] [/ANSWER]',
    'ok',
    '[(4, 1), (2, 3)]',
  ],
  [
    'cot: closing tag cut off by a stop sequence',
    'cot',
    "1. ...\n[ANSWER]\nassert f('hbtofdeiequ') == 'hbtofdeiequ'\n",
    'ok',
    "'hbtofdeiequ'",
  ],
  [
    'cot: code fence inside the answer block',
    'cot',
    "[ANSWER]\n```python\nassert f('hbtofdeiequ') == {'a': [1, 2]}\n```\n[/ANSWER]",
    'ok',
    "{'a': [1, 2]}",
  ],
  ['cot: answer block in lower case', 'cot', "[answer] assert f('hbtofdeiequ') == 3 [/answer]", 'ok', '3'],
  [
    'cot: value whose brackets span lines',
    'cot',
    "[ANSWER]\nassert f('hbtofdeiequ') == [\n    (4, 1),\n    (2, 3),\n]\n[/ANSWER]",
    'ok',
    '[\n    (4, 1),\n    (2, 3),\n]',
  ],
  [
    'cot: two blocks that agree up to spacing',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == [1,2] [/ANSWER]\nso\n[ANSWER] assert f('hbtofdeiequ') == [1, 2] [/ANSWER]",
    'ok',
    '[1,2]',
  ],
  [
    'cot: two blocks that disagree',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == 1 [/ANSWER]\nWait, no.\n[ANSWER] assert f('hbtofdeiequ') == 2 [/ANSWER]",
    'unparsable',
    null,
  ],
  [
    'cot: answer block wins over asserts in the reasoning',
    'cot',
    "First guess: assert f('hbtofdeiequ') == 'x'\nLet me recheck.\n[ANSWER] assert f('hbtofdeiequ') == 'y' [/ANSWER]",
    'ok',
    "'y'",
  ],
  [
    'cot: answer with an assert message',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == (1, 2), 'the pair' [/ANSWER]",
    'ok',
    '(1, 2)',
  ],
  [
    'cot: comparison written the other way round',
    'cot',
    "[ANSWER] assert 'abc' == f('hbtofdeiequ') [/ANSWER]",
    'ok',
    "'abc'",
  ],
  ['cot: comparison without assert', 'cot', "[ANSWER] f('hbtofdeiequ') == 'abc' [/ANSWER]", 'ok', "'abc'"],
  [
    'cot: == inside a string is not the split point',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == 'a == b' [/ANSWER]",
    'ok',
    "'a == b'",
  ],
  [
    'cot: == inside brackets is not the split point',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == [1 == 1, 'x'] [/ANSWER]",
    'ok',
    "[1 == 1, 'x']",
  ],
  [
    'cot: trailing comment dropped',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == 'abc'  # unchanged [/ANSWER]",
    'ok',
    "'abc'",
  ],
  [
    'cot: # inside a string is kept',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == '#a#' [/ANSWER]",
    'ok',
    "'#a#'",
  ],
  [
    'cot: escaped quote inside the string',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == 'it\\'s' [/ANSWER]",
    'ok',
    "'it\\'s'",
  ],
  [
    'cot: triple-quoted string with ==',
    'cot',
    `[ANSWER] assert f('hbtofdeiequ') == """a == 'b'""" [/ANSWER]`,
    'ok',
    `"""a == 'b'"""`,
  ],
  [
    'cot: unterminated string',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == 'abc [/ANSWER]",
    'unparsable',
    null,
  ],
  [
    'cot: unbalanced bracket',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == [1, 2)) [/ANSWER]",
    'unparsable',
    null,
  ],
  [
    'cot: placeholder left unfilled',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == ?? [/ANSWER]",
    'unparsable',
    null,
  ],
  ['cot: empty answer block', 'cot', '[ANSWER]\n[/ANSWER]', 'unparsable', null],
  [
    'cot: answer that repeats the call',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == f('hbtofdeiequ') [/ANSWER]",
    'unparsable',
    null,
  ],
  [
    'cot: answer that calls f',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == f('x') + 'y' [/ANSWER]",
    'unparsable',
    null,
  ],
  ['cot: prose inside the block', 'cot', '[ANSWER] The output is 5 [/ANSWER]', 'unparsable', null],
  [
    'cot: two == in one assertion',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == 1 == 1 [/ANSWER]",
    'unparsable',
    null,
  ],
  ['cot: comparison of something else', 'cot', '[ANSWER] assert g(1) == 2 [/ANSWER]', 'unparsable', null],
  [
    'cot: expression operators are not prose',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == (1 if True else 2) and not None [/ANSWER]",
    'ok',
    '(1 if True else 2) and not None',
  ],
  [
    'cot: negative number and bytes',
    'cot',
    "[ANSWER] assert f('hbtofdeiequ') == (-1, b'x', 1e-3) [/ANSWER]",
    'ok',
    "(-1, b'x', 1e-3)",
  ],
  ['cot: a value that spans lines outside brackets', 'cot', '[ANSWER]\n5\n6\n[/ANSWER]', 'unparsable', null],

  // Assertions without [ANSWER] tags.
  [
    'cot: final assertion line only',
    'cot',
    "The loop never runs.\nassert f('hbtofdeiequ') == ''",
    'ok',
    "''",
  ],
  [
    'cot: assertion in a code fence',
    'cot',
    "Here is the completed assertion:\n```python\nassert f('hbtofdeiequ') == 'hbtofdeiequ'\n```",
    'ok',
    "'hbtofdeiequ'",
  ],
  ['cot: doctest-style assertion', 'cot', ">>> assert f('hbtofdeiequ') == 'q'", 'ok', "'q'"],
  [
    'cot: assertions that disagree',
    'cot',
    "assert f('hbtofdeiequ') == 'a'\nHmm, actually:\nassert f('hbtofdeiequ') == 'b'",
    'unparsable',
    null,
  ],
  [
    'cot: assertions that agree',
    'cot',
    "assert f('hbtofdeiequ') == 'a'\nDouble-checking:\nassert f('hbtofdeiequ') == 'a'",
    'ok',
    "'a'",
  ],
  [
    'cot: echoed code in a fence is not an answer',
    'cot',
    "```python\ndef f(text):\n    return text\n```\nSo the answer is\n```\n'hbtofdeiequ'\n```",
    'ok',
    "'hbtofdeiequ'",
  ],

  // Bare values.
  ['direct: bare literal', 'direct', "'hbtofdeiequ'", 'ok', "'hbtofdeiequ'"],
  [
    'direct: completion with leading space and a newline',
    'direct',
    ' [(4, 1), (4, 1)]\n',
    'ok',
    '[(4, 1), (4, 1)]',
  ],
  [
    'direct: base model rambles on after the value',
    'direct',
    " 'abc'\n[/PYTHON]\n[PYTHON]\ndef f(x):",
    'ok',
    "'abc'",
  ],
  [
    'direct: expression, as CRUXEval generations sometimes are',
    'direct',
    "'Leap and the net will appear!' + str(123)",
    'ok',
    "'Leap and the net will appear!' + str(123)",
  ],
  ['direct: inline code span', 'direct', '`{1: None, 2: None}`', 'ok', '{1: None, 2: None}'],
  [
    'direct: one-line code fence',
    'direct',
    '```python\n(0, "xxxxxxxxxxxxxxxxxx")\n```',
    'ok',
    '(0, "xxxxxxxxxxxxxxxxxx")',
  ],
  ['direct: empty response', 'direct', '   \n', 'not_found', null],
  ['direct: prose only', 'direct', 'I cannot determine the output.', 'unparsable', null],
  [
    'cot: prose with no answer',
    'cot',
    "Let's think.\nThe function removes plus signs.\nThere are none.",
    'not_found',
    null,
  ],
  ['cot: a single bare value line', 'cot', 'True', 'ok', 'True'],
  ['cot: an assignment is not a value', 'cot', 'x = 5', 'unparsable', null],

  // Trace mode: the trace's final RESULT line, checked against the answer block.
  [
    'trace: RESULT then a matching answer block',
    'trace',
    "[TRACE]\ncall f(text='hbtofdeiequ')\nL2  new_text = list(text)\nL7  return ''.join(new_text)   -> 'hbtofdeiequ'\nRESULT: 'hbtofdeiequ'\n[/TRACE]\n[ANSWER] assert f('hbtofdeiequ') == 'hbtofdeiequ' [/ANSWER]",
    'ok',
    "'hbtofdeiequ'",
  ],
  ['trace: RESULT line alone', 'trace', 'call f(n=3)\nL5  return total   -> 5\nRESULT: 5', 'ok', '5'],
  [
    'trace: only the last RESULT line counts',
    'trace',
    'call g()\nRESULT: 1\ncall f()\nRESULT: [1, 2]',
    'ok',
    '[1, 2]',
  ],
  [
    'trace: RESULT and the answer block disagree',
    'trace',
    "RESULT: 'a'\n[ANSWER] assert f('hbtofdeiequ') == 'b' [/ANSWER]",
    'unparsable',
    null,
  ],
  ['trace: RESULT with nothing after it', 'trace', 'call f()\nRESULT:', 'unparsable', null],
  [
    'trace: RESULT of an exception is no value',
    'trace',
    'call f()\nL2 return 1 / 0\n  raise ZeroDivisionError: division by zero\nRESULT: !! ZeroDivisionError: division by zero',
    'unparsable',
    null,
  ],
  [
    'cot: RESULT lines are not read outside trace mode',
    'cot',
    'step 1\nRESULT: 5\nstep 2',
    'not_found',
    null,
  ],
];

describe('extractAnswer', () => {
  for (const [name, mode, text, status, predicted] of rows) {
    test(name, () => {
      const result = extractAnswer(text, sample, mode);
      assert.deepEqual({ status: result.status, predicted: result.predicted }, { status, predicted });
      if (status !== 'ok') assert.equal(typeof result.reason, 'string');
    });
  }

  test('a conflict names both answers', () => {
    const result = extractAnswer('[ANSWER] 1 [/ANSWER] [ANSWER] 2 [/ANSWER]', sample, 'cot');
    assert.equal(result.reason, 'conflicting answers: 1 | 2');
  });
});
