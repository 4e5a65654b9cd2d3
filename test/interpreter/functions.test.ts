// Functions: parameter binding and CPython's argument errors, scopes and closures, decorators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.ts';
import { decoratorCases, parameterCases, scopeCases } from './cases/functions.ts';

const tables = { parameters: parameterCases, scopes: scopeCases, decorators: decoratorCases };
for (const [name, cases] of Object.entries(tables)) {
  test(name, () => {
    for (const [code, call, expected] of cases)
      assert.equal(run(code, call), expected, `${code}\n>>> ${call}`);
  });
}
