// Generators and match statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.ts';
import {
  finalizationCases,
  generatorCases,
  generatorStatementCases,
  matchCases,
} from './cases/generators.ts';

const tables = {
  generators: generatorCases,
  'statements in generators': generatorStatementCases,
  finalization: finalizationCases,
  match: matchCases,
};
for (const [name, cases] of Object.entries(tables)) {
  test(name, () => {
    for (const [code, call, expected] of cases)
      assert.equal(run(code, call), expected, `${code}\n>>> ${call}`);
  });
}
