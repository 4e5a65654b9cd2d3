// Statements and expressions, table-driven: each case's expected outcome is what CPython 3.11 gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.ts';
import { assignmentCases, controlFlowCases, expressionCases } from './cases/statements.ts';

const tables = {
  assignment: assignmentCases,
  'control flow': controlFlowCases,
  expressions: expressionCases,
};
for (const [name, cases] of Object.entries(tables)) {
  test(name, () => {
    for (const [code, call, expected] of cases)
      assert.equal(run(code, call), expected, `${code}\n>>> ${call}`);
  });
}
