// bytes methods and str.encode / bytes.decode against CPython 3.11, including the codec error messages
// and error handlers (expected values produced by python3).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PyValue } from '../../interpreter/objects/values.ts';
import { B, L, T, bytesMethod, outcome, strMethod } from '../objects/helpers.ts';
import { repr } from '../../interpreter/objects/repr.ts';

const BYTES_CASES: [PyValue, string, PyValue[], string][] = [
  [B(104, 101, 108, 108, 111), 'decode', [], "'hello'"],
  [B(195, 169, 226, 130, 172), 'decode', [], "'é€'"],
  [
    B(255),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
  ],
  [
    B(233, 97),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte",
  ],
  [
    B(195),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data",
  ],
  [
    B(240, 144, 65),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
  ],
  [
    B(226, 130),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
  ],
  [B(97, 255, 98), 'decode', ['utf-8', 'replace'], "'a�b'"],
  [B(97, 255, 98), 'decode', ['utf-8', 'ignore'], "'ab'"],
  [B(97, 255, 98), 'decode', ['utf-8', 'backslashreplace'], "'a\\\\xffb'"],
  [B(255), 'decode', ['latin-1'], "'ÿ'"],
  [
    B(255),
    'decode',
    ['ascii'],
    "ERR UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
  ],
  [B(97, 98), 'decode', ['foo'], 'ERR LookupError: unknown encoding: foo'],
  [
    B(237, 160, 128),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
  ],
  [
    B(244, 144, 128, 128),
    'decode',
    [],
    "ERR UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte",
  ],
  [B(), 'hex', [], "''"],
  [B(0, 171, 255), 'hex', [], "'00abff'"],
  [B(97, 44, 98, 44, 44, 99), 'split', [B(44)], "[b'a', b'b', b'', b'c']"],
  [B(32, 97, 32, 32, 98, 32), 'split', [], "[b'a', b'b']"],
  [B(97, 32, 98, 32, 99), 'split', [null, 1n], "[b'a', b'b c']"],
  [B(97, 32, 98, 32, 99), 'rsplit', [null, 1n], "[b'a b', b'c']"],
  [B(97, 44, 98, 44, 99), 'rsplit', [B(44), 1n], "[b'a,b', b'c']"],
  [B(32, 32, 104, 105, 32, 32), 'strip', [], "b'hi'"],
  [B(120, 120, 104, 105, 120, 120), 'strip', [B(120)], "b'hi'"],
  [B(97, 98, 99, 97, 98, 99), 'find', [B(99)], '2'],
  [B(97, 98, 99, 97, 98, 99), 'rfind', [B(99)], '5'],
  [B(97, 98, 99, 97, 98, 99), 'find', [99n], '2'],
  [B(97, 98, 99, 97, 98, 99), 'count', [B(97, 98)], '2'],
  [B(97, 98, 99), 'index', [B(122)], 'ERR ValueError: subsection not found'],
  [B(97, 98, 99), 'startswith', [B(97, 98)], 'True'],
  [B(97, 98, 99), 'endswith', [T(B(120), B(98, 99))], 'True'],
  [
    B(97, 98, 99),
    'startswith',
    ['a'],
    'ERR TypeError: startswith first arg must be bytes or a tuple of bytes, not str',
  ],
  [B(72, 101, 108, 108, 111), 'upper', [], "b'HELLO'"],
  [B(72, 101, 108, 108, 111), 'lower', [], "b'hello'"],
  [B(99, 97, 102, 195, 169), 'upper', [], "b'CAF\\xc3\\xa9'"],
  [B(49, 50, 51), 'isdigit', [], 'True'],
  [B(), 'isdigit', [], 'False'],
  [B(97, 98, 99), 'isalpha', [], 'True'],
  [B(97, 97, 97), 'replace', [B(97), B(98, 98), 2n], "b'bbbba'"],
  [B(44), 'join', [L(B(97), B(98))], "b'a,b'"],
  [B(44), 'join', [L(B(97), 'b')], 'ERR TypeError: sequence item 1: expected a bytes-like object, str found'],
  [B(97, 61, 98, 61, 99), 'partition', [B(61)], "(b'a', b'=', b'b=c')"],
  [B(97, 98, 99), 'find', ['a'], "ERR TypeError: argument should be integer or bytes-like object, not 'str'"],
];

const ENCODE_CASES: [string, PyValue[], string][] = [
  ['\u00e9\u20ac', [], "b'\\xc3\\xa9\\xe2\\x82\\xac'"],
  ['abc', ['ascii'], "b'abc'"],
  [
    '\u00e9',
    ['ascii'],
    "ERR UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
  ],
  [
    '\u00e9a\u20ac',
    ['ascii'],
    "ERR UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
  ],
  ['\u00e9', ['latin-1'], "b'\\xe9'"],
  [
    '\u20ac',
    ['latin-1'],
    "ERR UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)",
  ],
  ['\u00e9', ['ascii', 'replace'], "b'?'"],
  ['\u00e9', ['ascii', 'ignore'], "b''"],
  ['\u00e9\u20ac', ['ascii', 'xmlcharrefreplace'], "b'&#233;&#8364;'"],
  ['\u00e9', ['ascii', 'backslashreplace'], "b'\\\\xe9'"],
  ['a', ['foo'], 'ERR LookupError: unknown encoding: foo'],
  [
    '\ud800',
    [],
    "ERR UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed",
  ],
  ['x', ['utf8'], "b'x'"],
  ['x', ['UTF-8'], "b'x'"],
  ['\u00e9', ['ascii', 'bogus'], "ERR LookupError: unknown error handler name 'bogus'"],
];

test('bytes methods match CPython', () => {
  const failures: string[] = [];
  for (const [self, name, args, expected] of BYTES_CASES) {
    const got = outcome(() => bytesMethod(name, self, ...args));
    if (got !== expected)
      failures.push(`${repr(self)}.${name}(${args.map(repr).join(', ')}): ${got} != ${expected}`);
  }
  assert.deepEqual(failures, []);
});

test('str.encode matches CPython', () => {
  const failures: string[] = [];
  for (const [self, args, expected] of ENCODE_CASES) {
    const got = outcome(() => strMethod('encode', self, ...args));
    if (got !== expected)
      failures.push(`${repr(self)}.encode(${args.map(repr).join(', ')}): ${got} != ${expected}`);
  }
  assert.deepEqual(failures, []);
  void T;
});
