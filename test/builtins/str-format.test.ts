// str.format against CPython 3.11: automatic and manual numbering, keyword fields, index and attribute
// access, conversions, nested specs, brace escapes and every error message (expected values from python3).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFormat, strFormatMap } from '../../interpreter/objects/str-format.ts';
import type { PyValue } from '../../interpreter/objects/values.ts';
import { D, L, T, outcome } from '../objects/helpers.ts';

const CASES: [string, PyValue[], [string, PyValue][], string][] = [
  ['{}', [1n], [], "'1'"],
  ['{} {}', ['a', 2.5], [], "'a 2.5'"],
  ['{0}{1}{0}', ['x', 'y'], [], "'xyx'"],
  ['{name}!', [], [['name', 'Bob']], "'Bob!'"],
  ['{0:>5}|{1:<4}|', [1n, 'ab'], [], "'    1|ab  |'"],
  ['{:,}', [1234567n], [], "'1,234,567'"],
  ['{:.2f}', [3.14159], [], "'3.14'"],
  ['{0[1]}', [L(10n, 20n)], [], "'20'"],
  ['{0[1]}', ['ab'], [], "'b'"],
  ['{d[k]}', [], [['d', D(['k', 'v'])]], "'v'"],
  ['{0!r}', ['a'], [], '"\'a\'"'],
  ['{0!s}', ['a'], [], "'a'"],
  ['{0!a}', ['\u00e9'], [], '"\'\\\\xe9\'"'],
  ['{!r:>6}', ['a'], [], '"   \'a\'"'],
  ['{:{}}', ['x', 5n], [], "'x    '"],
  [
    '{:{w}.{p}f}',
    [3.14159],
    [
      ['w', 8n],
      ['p', 2n],
    ],
    "'    3.14'",
  ],
  ['{0:{1}}', [1.5, '>6'], [], "'   1.5'"],
  ['{{}}', [], [], "'{}'"],
  ['{{{}}}', [1n], [], "'{1}'"],
  ['}}{{', [], [], "'}{'"],
  ['{', [], [], "ERR ValueError: Single '{' encountered in format string"],
  ['}', [], [], "ERR ValueError: Single '}' encountered in format string"],
  ['{0', [1n], [], "ERR ValueError: expected '}' before end of string"],
  ['x{', [], [], "ERR ValueError: Single '{' encountered in format string"],
  ['{0}', [], [], 'ERR IndexError: Replacement index 0 out of range for positional args tuple'],
  ['{a}', [], [], "ERR KeyError: 'a'"],
  [
    '{0}{}',
    [1n, 2n],
    [],
    'ERR ValueError: cannot switch from manual field specification to automatic field numbering',
  ],
  [
    '{}{0}',
    [1n, 2n],
    [],
    'ERR ValueError: cannot switch from automatic field numbering to manual field specification',
  ],
  ['{!x}', [1n], [], 'ERR ValueError: Unknown conversion specifier x'],
  ['{0[x]}', [L(1n)], [], 'ERR TypeError: list indices must be integers or slices, not str'],
  ['{:d}', ['a'], [], "ERR ValueError: Unknown format code 'd' for object of type 'str'"],
  ['{0[0][1]}', [L(L(1n, 2n))], [], "'2'"],
  ['{:^7}', ['mid'], [], "'  mid  '"],
  ['{:*<6}', [42n], [], "'42****'"],
  ['{:#x}', [255n], [], "'0xff'"],
  ['{:08.3f}', [-3.14159], [], "'-003.142'"],
  ['{:%}', [0.25], [], "'25.000000%'"],
  ['{:e}', [12345.6789], [], "'1.234568e+04'"],
  ['{:g}', [1.234e-5], [], "'1.234e-05'"],
  ['{:s}', [null], [], 'ERR TypeError: unsupported format string passed to NoneType.__format__'],
  ['{}', [null], [], "'None'"],
  ['{}', [L(1n, 'a')], [], '"[1, \'a\']"'],
  ['{:>10}', [T(1n, 2n)], [], 'ERR TypeError: unsupported format string passed to tuple.__format__'],
  ['{0} {0!r} {0:>3}', ['x'], [], '"x \'x\'   x"'],
  [
    '{a}{b}',
    [],
    [
      ['a', 1n],
      ['b', 'two'],
    ],
    "'1two'",
  ],
  ['{:b}', [10n], [], "'1010'"],
  ['{:o}', [8n], [], "'10'"],
  ['{:c}', [9731n], [], "'☃'"],
  ['{:n}', [1234n], [], "'1234'"],
  ['{0:{1}{2}}', [7n, '0', 5n], [], "'00007'"],
  ['{:{}{}{}}', [7n, '*', '^', 9n], [], "'****7****'"],
  ['{:}', [5n], [], "'5'"],
  ['{0!r:}', [5n], [], "'5'"],
  ['{0!}', [5n], [], "ERR ValueError: unmatched '{' in format spec"],
  ['{0!rr}', [5n], [], "ERR ValueError: expected ':' after conversion specifier"],
];

test('str.format matches CPython', () => {
  const failures: string[] = [];
  for (const [fmt, args, kwargs, expected] of CASES) {
    const got = outcome(() => strFormat(fmt, args, new Map(kwargs)));
    if (got !== expected) failures.push(`${JSON.stringify(fmt)}: ${got} != ${expected}`);
  }
  assert.deepEqual(failures, []);
});

test('str.format_map looks names up in the mapping', () => {
  assert.equal(
    outcome(() => strFormatMap('{a}-{b[0]}', D(['a', 1n], ['b', T('x')]))),
    "'1-x'",
  );
  assert.equal(
    outcome(() => strFormatMap('{missing}', D())),
    "ERR KeyError: 'missing'",
  );
  assert.equal(
    outcome(() => strFormatMap('{0}', D())),
    'ERR ValueError: Format string contains positional fields',
  );
  void L;
});
