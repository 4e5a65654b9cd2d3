import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTraceBlock } from '../../harness/diagnose/trace-block.ts';

test('finds the trace in a response, keeping response line numbers', () => {
  const cases: [response: string, text: string, firstLine: number][] = [
    ['call f()\nRESULT: 1\n', 'call f()\nRESULT: 1', 1],
    ['Sure.\n[TRACE]\ncall f()\nRESULT: 1\n[/TRACE]\n[ANSWER] x [/ANSWER]', 'call f()\nRESULT: 1', 3],
    ['[TRACE]\ncall f()\nL2 x = 1', 'call f()\nL2 x = 1', 2],
    ['Trace:\n```\ncall f()\nRESULT: 1\n```\nSo the answer is 1.', 'call f()\nRESULT: 1', 3],
    ['```python\nx = 1\n```\n```text\ncall f()\nRESULT: 2\n```', 'call f()\nRESULT: 2', 5],
    ['call f()\nRESULT: 1\nThe answer is 1.\n', 'call f()\nRESULT: 1', 1],
    ['call f()\r\nRESULT: 1\r\n', 'call f()\nRESULT: 1', 1],
    ['no trace at all\n', 'no trace at all\n', 1],
  ];
  for (const [response, text, firstLine] of cases) {
    assert.deepEqual(findTraceBlock(response), { text, firstLine }, JSON.stringify(response));
  }
});
