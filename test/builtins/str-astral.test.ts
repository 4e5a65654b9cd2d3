// Python str is a sequence of code points while the host string is UTF-16: characters outside the Basic
// Multilingual Plane (emoji such as U+1F40D) are two host units but one Python character. Each program
// below exercises one family of position- or length-sensitive operations on such strings; the expected
// output is what python3 3.11 prints for the same program.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadInterpreter } from '../../interpreter/index.ts';

const interpreter = await loadInterpreter();

function printed(code: string): string {
  let out = '';
  const r = interpreter.runModule(code, { stdout: (t) => (out += t) });
  return r.ok ? out : `${out}raise ${r.error.type}: ${r.error.message}\n`;
}

/** [what it covers, program, stdout of python3 3.11]. */
const CASES: [string, string, string][] = [
  [
    'len counts code points',
    "print(len('🐍'), len('a🐍b😀c'), len('\\U0010ffff'), len('🐍' * 3), len(''), len('é€'))\n",
    '1 5 1 3 0 2\n',
  ],
  [
    'indexing',
    "s = 'a🐍b😀c'\nprint(s[0], s[1], s[2], s[3], s[4], s[-1], s[-2], s[-4])\nfor k in (5, -6):\n    try:\n        s[k]\n    except IndexError as e:\n        print('IndexError', e)\n",
    'a 🐍 b 😀 c c 😀 🐍\nIndexError string index out of range\nIndexError string index out of range\n',
  ],
  [
    'slicing',
    "s = 'a🐍b😀c'\nprint(repr(s[1:3]), s[::-1], s[::2], s[1::2], s[-3:], s[:-1], s[5:1:-1], s[::-2])\nprint(repr(s[1:100]), repr(s[-100:2]), repr(s[100:]), repr(s[3:1]), '🐍'[0:1] == '🐍')\n",
    "'🐍b' c😀b🐍a abc 🐍😀 b😀c a🐍b😀 c😀b cba\n'🐍b😀c' 'a🐍' '' '' True\n",
  ],
  [
    'for loop and comprehension',
    "out = []\nfor c in 'x🐍y':\n    out.append(c)\nprint(out, [c for c in '🐍😀'], {c for c in '🐍🐍'}, sum(1 for _ in '🐍🐍'))\n",
    "['x', '🐍', 'y'] ['🐍', '😀'] {'🐍'} 2\n",
  ],
  [
    'list tuple set from str',
    "print(list('a🐍b'), tuple('🐍😀'), set('🐍🐍'), len(set('🐍😀🐍')), dict.fromkeys('🐍a'))\n",
    "['a', '🐍', 'b'] ('🐍', '😀') {'🐍'} 2 {'🐍': None, 'a': None}\n",
  ],
  [
    'enumerate reversed zip map',
    "s = 'x🐍y'\nprint(list(enumerate(s)), list(reversed(s)), ''.join(reversed('🐍ab')))\nprint(list(zip('🐍a', 'bc')), list(map(ord, '🐍a')), list(enumerate(reversed('🐍😀'))))\n",
    "[(0, 'x'), (1, '🐍'), (2, 'y')] ['y', '🐍', 'x'] ba🐍\n[('🐍', 'b'), ('a', 'c')] [128013, 97] [(0, '😀'), (1, '🐍')]\n",
  ],
  [
    'unpacking',
    "a, b = '🐍😀'\nx, *rest = '🐍ab'\n*init, last = 'ab🐍'\nprint(a, b, x, rest, init, last)\ntry:\n    p, q = '🐍😀c'\nexcept ValueError as e:\n    print('ValueError', e)\n",
    "🐍 😀 🐍 ['a', 'b'] ['a', 'b'] 🐍\nValueError too many values to unpack (expected 2)\n",
  ],
  [
    'iterator protocol',
    "it = iter('🐍a')\nprint(next(it), next(it), next(it, 'done'), type(iter('🐍')).__name__, type(iter('a')).__name__)\n",
    '🐍 a done str_iterator str_ascii_iterator\n',
  ],
  [
    'sorted max min',
    "print(sorted('🐍\\uffffa'), max('🐍\\uffff'), min('🐍\\ue000'), sorted('😀🐍'), ''.join(sorted('b🐍a')))\nprint(sorted('🐍\\uffff\\U00010000', reverse=True), max(['\\uffff', '🐍']), min(['\\uffff', '🐍']))\n",
    "['a', '\\uffff', '🐍'] 🐍  ['🐍', '😀'] ab🐍\n['🐍', '𐀀', '\\uffff'] 🐍 ￿\n",
  ],
  [
    'ord and chr',
    "print(ord('🐍'), chr(0x1F40D), chr(0x10FFFF) == '\\U0010ffff', hex(ord(chr(0x10000))), ord('\\U0010ffff'))\nfor v in ('🐍a', '🐍😀', ''):\n    try:\n        ord(v)\n    except TypeError as e:\n        print('TypeError', e)\n",
    '128013 🐍 True 0x10000 1114111\nTypeError ord() expected a character, but string of length 2 found\nTypeError ord() expected a character, but string of length 2 found\nTypeError ord() expected a character, but string of length 0 found\n',
  ],
  [
    'comparison is code point order',
    "print('\\uffff' < '🐍', '🐍' > '\\ue000', '🐍' >= '\\uffff', 'a🐍' < 'a\\uffff', '🐍' < '😀', '\\U00010000' > '\\uffff')\nprint(sorted(['🐍', '\\uffff', 'z', '\\ue000', 'a🐍', 'a\\uffff']))\nprint(('\\uffff',) < ('🐍',), ['\\uffff'] < ['🐍'], max('\\uffff', '🐍'), min('\\uffff', '🐍'))\nl = ['🐍', '\\uffff', '\\ue000']\nl.sort()\nprint(l)\n",
    "True True True False True True\n['a\\uffff', 'a🐍', 'z', '\\ue000', '\\uffff', '🐍']\nTrue True 🐍 ￿\n['\\ue000', '\\uffff', '🐍']\n",
  ],
  [
    'find rfind index rindex',
    "s = 'a🐍b😀c'\nprint(s.find('b'), s.find('c', 4), s.find('😀', 1, 4), s.find('😀', 1, 3), s.find('', 10), s.find('', 2))\nprint(s.rfind('🐍'), s.rfind('', 1), s.rfind('🐍', 0, 1), s.rfind('🐍', 0, 2), s.rfind('b', -3))\nprint(s.index('c'), s.rindex('b', 0, 3), s.index('😀', -2), 'x🐍y'.find('y'))\ntry:\n    s.index('c', 0, 4)\nexcept ValueError as e:\n    print('ValueError', e)\n",
    '2 4 3 -1 -1 2\n1 5 -1 1 2\n4 2 3 2\nValueError substring not found\n',
  ],
  [
    'count with bounds',
    "s = 'a🐍b😀c'\nprint(s.count(''), '🐍'.count(''), s.count('🐍', 1), s.count('🐍', 2), '🐍🐍'.count('🐍', 1), s.count('', 1, 2), s.count('', 9))\n",
    '6 2 1 0 1 2 0\n',
  ],
  [
    'startswith endswith with bounds',
    "s = 'a🐍b😀c'\nprint(s.startswith('🐍', 1), s.endswith('😀', 0, 4), s.startswith('b', 2), s.endswith('b', 0, -2))\nprint('🐍'.startswith('', 2), '🐍'.startswith('', 1), 'ab🐍'.endswith('b', 0, 2), 'ab🐍'.startswith(('🐍',), 2))\ntry:\n    'ab🐍'.startswith((1,))\nexcept TypeError as e:\n    print(e)\n",
    'True True True True\nFalse True True True\ntuple for startswith must only contain str, not int\n',
  ],
  [
    'center ljust rjust zfill',
    "print(repr('🐍'.center(5)), repr('🐍'.center(4, '*')), repr('🐍'.ljust(3, '😀')), repr('🐍'.rjust(3)))\nprint('🐍'.zfill(3), '-🐍'.zfill(4), '🐍😀'.center(2), repr('🐍'.center(3, '😀')))\ntry:\n    '🐍'.center(3, '🐍🐍')\nexcept TypeError as e:\n    print('TypeError', e)\n",
    "'  🐍  ' '*🐍**' '🐍😀😀' '  🐍'\n00🐍 -00🐍 🐍😀 '😀🐍😀'\nTypeError The fill character must be exactly one character long\n",
  ],
  [
    'expandtabs',
    "print(repr('🐍\\tx'.expandtabs(4)), repr('a🐍\\tb'.expandtabs()), repr('😀😀\\t|\\n🐍\\t|'.expandtabs(3)))\n",
    "'🐍   x' 'a🐍      b' '😀😀 |\\n🐍  |'\n",
  ],
  [
    'format widths and precision',
    "print(repr(f'{\"🐍\":>5}'), repr(f'{\"🐍\":^4}'), repr(f'{\"🐍ab\":.2}'), repr(f'{\"x\":🐍<3}'), repr(format('🐍', '*>3')))\nprint(repr('{:5}'.format('🐍')), repr('{:c}'.format(0x1F40D)), repr('{!r:>6}'.format('🐍')), repr(f'{0x1F40D:c}'))\nprint(f'{\"🐍\"!r:^8}|', f'{\"🐍😀\":.1}|', f'{\"🐍\":3}|', '{:😀^5}'.format('🐍'), '{:_<3.1}'.format('🐍😀'), '{:>3c}'.format(0x1F40D))\n",
    "'    🐍' ' 🐍  ' '🐍a' 'x🐍🐍' '**🐍'\n'🐍    ' '🐍' \"   '🐍'\" '🐍'\n  '🐍'   | 🐍| 🐍  | 😀😀🐍😀😀 🐍__   🐍\n",
  ],
  [
    'percent formatting',
    "print(repr('%.1s' % '🐍x'), repr('%5s' % '🐍'), repr('%-4s|' % '🐍'), repr('%c' % 0x1F40D), repr('%c' % '🐍'))\nprint('%3c|%-3c|' % ('🐍', 0x1F600), '%s|%-6s|%6.2s|' % ('🐍', '🐍😀', '🐍😀x'), '%(k)3s|' % {'k': '🐍'}, '%.2r' % '🐍')\n",
    "'🐍' '    🐍' '🐍   |' '🐍' '🐍'\n  🐍|😀  | 🐍|🐍😀    |    🐍😀|   🐍| '🐍\n",
  ],
  [
    'predicates per code point',
    "print('🐍'.isprintable(), '\\U000e0001'.isprintable(), '𝐀'.isalpha(), '𝟏'.isdigit(), '𝟏'.isdecimal())\nprint('𝐀b'.isupper(), '🐍'.isalnum(), '🐍'.isidentifier(), '𝐀'.isidentifier(), '🐍'.isascii(), '🐍 '.isspace())\n",
    'True False True True True\nFalse False False True False False\n',
  ],
  [
    'repr and ascii of astral',
    "print(repr('\\U000e0001'), repr('\\U0010ffff'), repr('\\U0001f40d'), repr('\\U000f0000'), repr('\\U00020000'))\nprint(ascii('🐍'), ascii('a😀'), ['🐍', '\\U000e007f'], repr(\"'🐍'\"), str('🐍'))\n",
    "'\\U000e0001' '\\U0010ffff' '🐍' '\\U000f0000' '𠀀'\n'\\U0001f40d' 'a\\U0001f600' ['🐍', '\\U000e007f'] \"'🐍'\" 🐍\n",
  ],
  [
    'split partition strip',
    "print('x🐍y'.split('🐍'), 'a🐍 b'.split(), '🐍a🐍'.partition('a'), '🐍a🐍'.rsplit('🐍', 1), 'a 🐍 b'.split(None, 1))\nprint('🐍🐎'.strip('🐍'), '🐎'.strip('🐍'), '🐎x🐍'.rstrip('🐍'), '🐍🐍x'.lstrip('🐍'), ' 🐍 '.strip())\n",
    "['x', 'y'] ['a🐍', 'b'] ('🐍', 'a', '🐍') ['🐍a', ''] ['a', '🐍 b']\n🐎 🐎 🐎x x 🐍\n",
  ],
  [
    'replace translate case',
    "print('🐍'.replace('', '-'), '🐍🐍'.replace('🐍', 'x', 1), '🐍ab'.upper(), '🐍ab'.title(), '🐍 a'.title())\nprint('🐍'.translate({0x1F40D: 'snake'}), str.maketrans('🐍', 'x'), 'a🐍'.translate(str.maketrans('a', '😀')))\nprint('𐐀'.lower(), '𐐨'.upper(), '🐍aB'.swapcase(), '🐍a'.capitalize(), 'a🐍'.removeprefix('a'))\n",
    '-🐍- x🐍 🐍AB 🐍Ab 🐍 A\nsnake {128013: 120} 😀🐍\n𐐨 𐐀 🐍Ab 🐍a 🐍\n',
  ],
  [
    'encode and decode',
    "print('🐍'.encode(), '🐍'.encode('utf-16-le'), b'\\xf0\\x9f\\x90\\x8d'.decode(), len(b'\\xf0\\x9f\\x90\\x8d'.decode()))\n",
    "b'\\xf0\\x9f\\x90\\x8d' b'=\\xd8\\r\\xdc' 🐍 1\n",
  ],
  [
    'index loop over astral string',
    "def rev(s):\n    out = ''\n    i = len(s) - 1\n    while i >= 0:\n        out += s[i]\n        i -= 1\n    return out\ns = '🐍x😀'\nprint(rev(s), [s[i] for i in range(len(s))], ''.join(s[i] for i in range(len(s) - 1, -1, -1)))\n",
    "😀x🐍 ['🐍', 'x', '😀'] 😀x🐍\n",
  ],
  [
    'containers of astral chars',
    "import collections\nprint(collections.Counter('🐍🐍a').most_common(), collections.deque('🐍a'), {'🐍': 1}['🐍'], '🐍' in 'a🐍b')\n",
    "[('🐍', 2), ('a', 1)] deque(['🐍', 'a']) 1 True\n",
  ],
  [
    'long strings walked together',
    "s = 'ab🐍' * 40\nt = 'c😀' * 40\nu = 'xyz' * 40\nhits = 0\nfor i in range(len(t)):\n    hits += (s[i] == '🐍') + (t[i] == '😀') * 10 + (u[i] == 'x') * 100 + (len('🐍a') == 2) * 1000\nprint(hits, len(s), len(t), s[-1], t[-1], s[::-1][:4], t.find('😀', 50), list(s)[2:4])\n",
    "83126 120 80 🐍 😀 🐍ba🐍 51 ['🐍', 'a']\n",
  ],
  [
    'bmp strings unchanged',
    "s = 'héllo wörld €'\nprint(len(s), s[1], s[::-1], s.find('w', 2, 9), s.center(17, '*'), f'{s:>15}|', sorted('€é'))\n",
    "13 é € dlröw olléh 6 **héllo wörld €**   héllo wörld €| ['é', '€']\n",
  ],
];

for (const [name, code, expected] of CASES) {
  test(`astral str: ${name}`, () => {
    assert.equal(printed(code), expected);
  });
}
