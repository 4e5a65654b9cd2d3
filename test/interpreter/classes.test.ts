// Classes and exceptions: descriptors, inheritance, super(), dunder protocols, try/except/finally/raise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.ts';
import { classCases, exceptionCases, objectModelCases } from './cases/classes.ts';

const tables = { classes: classCases, 'object model': objectModelCases, exceptions: exceptionCases };
for (const [name, cases] of Object.entries(tables)) {
  test(name, () => {
    for (const [code, call, expected] of cases)
      assert.equal(run(code, call), expected, `${code}\n>>> ${call}`);
  });
}
