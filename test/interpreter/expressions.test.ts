// Random expressions over ints, floats, strings and containers, each with what CPython 3.11 evaluated it
// to (test/fixtures/expressions/*.py wrote them): the interpreter must give the same repr or the same
// `Type: message`, in both evaluators. Results CPython gives as a complex number are left out (unsupported).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFailure } from '../../interpreter/api.ts';
import { loadInterpreter, type InternalRunOptions } from '../../interpreter/index.ts';
import { TRACE_EVENTS_VERSION } from '../../interpreter/tracer/events.ts';

const py = await loadInterpreter();

const evaluators: { name: string; options: InternalRunOptions }[] = [
  { name: 'compiled', options: {} },
  { name: 'tree-walked', options: { sink: { version: TRACE_EVENTS_VERSION, emit: () => {} } } },
];

for (const family of ['arithmetic', 'numbers', 'str_methods', 'containers', 'escapes', 'comparisons']) {
  test(`${family} expressions evaluate as in CPython`, () => {
    const file = fileURLToPath(new URL(`../fixtures/expressions/${family}.json`, import.meta.url));
    const cases = JSON.parse(readFileSync(file, 'utf8')) as [string, string][];
    assert.ok(cases.length >= 1900, `only ${cases.length} cases`);
    for (const { name, options } of evaluators) {
      const wrong: string[] = [];
      for (const [expression, expected] of cases) {
        const r = py.runCall('', expression, options);
        const actual = r.ok ? r.repr : formatFailure(r.error);
        if (actual !== expected) wrong.push(`${expression}\n  ours:    ${actual}\n  CPython: ${expected}`);
      }
      assert.deepEqual(wrong, [], name);
    }
  });
}
