// The re module against CPython 3.11: every expected output below was printed by python3.11 for the same
// snippet (a trailing EXC line is the uncaught exception). The cases cover what programs use: search,
// match, fullmatch, findall, finditer, sub/subn (templates, callables, count), split, flags, groups,
// lookarounds, backreferences, Unicode classes, anchors, reprs, error messages, and positions counted in
// code points after astral characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printedOutput, testPrintedCases } from '../helpers/printed-cases.ts';

const cases: [string, string, string][] = [
  [
    "s = 'a😀b😀c'",
    "import re\ns = 'a😀b😀c'\nm = re.search('b', s); print(m.start(), m.end(), m.span(), m)",
    "2 3 (2, 3) <re.Match object; span=(2, 3), match='b'>\n",
  ],
  [
    "s = '😀😀abc'",
    "import re\ns = '😀😀abc'\nprint([m.span() for m in re.finditer(r'\\w', s)])",
    '[(2, 3), (3, 4), (4, 5)]\n',
  ],
  [
    "s = 'x😀y'",
    "import re\ns = 'x😀y'\nprint(re.search('.', s[1:]).group(), re.findall('.', s), len(re.findall('.', s)))",
    "😀 ['x', '😀', 'y'] 3\n",
  ],
  [
    "print(re.findall('[😀-😂]', 'a😁b😂c'))",
    "import re\nprint(re.findall('[😀-😂]', 'a😁b😂c'))",
    "['😁', '😂']\n",
  ],
  [
    "p = re.compile('b'); s = '😀ab😀b'",
    "import re\np = re.compile('b'); s = '😀ab😀b'\nprint(p.search(s, 2), p.search(s, 4), p.match(s, 2), p.findall(s, 1, 5))",
    "<re.Match object; span=(2, 3), match='b'> <re.Match object; span=(4, 5), match='b'> <re.Match object; span=(2, 3), match='b'> ['b', 'b']\n",
  ],
  [
    "print(re.sub('b', lambda m: str(m.start()), '😀b😀b'))",
    "import re\nprint(re.sub('b', lambda m: str(m.start()), '😀b😀b'))",
    '😀1😀3\n',
  ],
  [
    "print(re.split(r'(😀)', 'a😀b😀c'), re.split('b', '😀b😀', maxsplit=1))",
    "import re\nprint(re.split(r'(😀)', 'a😀b😀c'), re.split('b', '😀b😀', maxsplit=1))",
    "['a', '😀', 'b', '😀', 'c'] ['😀', '😀']\n",
  ],
  [
    "m = re.search(r'(?P<x>c)', '😀😀abc'); print(m.start('x'), m.end(1), m.span('x'), m.pos, m.e",
    "import re\nm = re.search(r'(?P<x>c)', '😀😀abc'); print(m.start('x'), m.end(1), m.span('x'), m.pos, m.endpos, m.regs if hasattr(m,'regs') else None)",
    '4 5 (4, 5) 0 5 ((4, 5), (4, 5))\n',
  ],
  [
    "m = re.match('(a)(b)?', 'ac'); print(m.span(2), m.start(2), m.end(2), m.groups(), m.groups",
    "import re\nm = re.match('(a)(b)?', 'ac'); print(m.span(2), m.start(2), m.end(2), m.groups(), m.groups('z'), m.lastindex)",
    "(-1, -1) -1 -1 ('a', None) ('a', 'z') 1\n",
  ],
  [
    "print(re.fullmatch('.', '😀'), re.fullmatch('..', '😀'))",
    "import re\nprint(re.fullmatch('.', '😀'), re.fullmatch('..', '😀'))",
    "<re.Match object; span=(0, 1), match='😀'> None\n",
  ],
  [
    "print(re.search(r'\\d+', 'abc ٣٤٥ 12'), re.findall(r'\\d', '١2३'), re.findall(r'\\w+', 'héllo",
    "import re\nprint(re.search(r'\\d+', 'abc ٣٤٥ 12'), re.findall(r'\\d', '١2३'), re.findall(r'\\w+', 'héllo wörld_1 日本語'))",
    "<re.Match object; span=(4, 7), match='٣٤٥'> ['١', '2', '३'] ['héllo', 'wörld_1', '日本語']\n",
  ],
  [
    "print(re.findall(r'\\s', 'a\\u00a0b\\u2003c\\td\\x1ce'), re.findall(r'\\S+', 'a\\u00a0b'))",
    "import re\nprint(re.findall(r'\\s', 'a\\u00a0b\\u2003c\\td\\x1ce'), re.findall(r'\\S+', 'a\\u00a0b'))",
    "['\\xa0', '\\u2003', '\\t', '\\x1c'] ['a', 'b']\n",
  ],
  [
    "print(re.findall(r'\\d', '١2३', re.ASCII), re.findall(r'\\w+', 'héllo', re.A), re.findall(r'",
    "import re\nprint(re.findall(r'\\d', '١2३', re.ASCII), re.findall(r'\\w+', 'héllo', re.A), re.findall(r'(?a)\\w+', 'héllo'))",
    "['2'] ['h', 'llo'] ['h', 'llo']\n",
  ],
  [
    "print(re.findall(r'\\bfoo\\b', 'foo foobar barfoo foo.'), re.findall(r'\\Bo\\B', 'foo boo o'))",
    "import re\nprint(re.findall(r'\\bfoo\\b', 'foo foobar barfoo foo.'), re.findall(r'\\Bo\\B', 'foo boo o'))",
    "['foo', 'foo'] ['o', 'o']\n",
  ],
  [
    "print(re.findall(r'\\bé', 'é aé'), re.findall(r'\\b\\w', 'ab cd-ef'))",
    "import re\nprint(re.findall(r'\\bé', 'é aé'), re.findall(r'\\b\\w', 'ab cd-ef'))",
    "['é'] ['a', 'c', 'e']\n",
  ],
  [
    "print(re.search('a$', 'a\\n'), re.search('a$', 'a\\n\\n'), re.search(r'a\\Z', 'a\\n'), re.finda",
    "import re\nprint(re.search('a$', 'a\\n'), re.search('a$', 'a\\n\\n'), re.search(r'a\\Z', 'a\\n'), re.findall('^x', 'x\\nx', re.M), re.findall('x$', 'x\\nx\\n', re.M))",
    "<re.Match object; span=(0, 1), match='a'> None None ['x', 'x'] ['x', 'x']\n",
  ],
  [
    "print(re.search(r'\\Aab', 'ab'), re.search(r'\\Ab', 'ab'), re.findall(r'^\\w', 'ab\\ncd'), re.",
    "import re\nprint(re.search(r'\\Aab', 'ab'), re.search(r'\\Ab', 'ab'), re.findall(r'^\\w', 'ab\\ncd'), re.findall(r'(?m)^\\w', 'ab\\ncd'))",
    "<re.Match object; span=(0, 2), match='ab'> None ['a'] ['a', 'c']\n",
  ],
  [
    "print(re.findall('$', 'a\\nb\\n'), re.findall('$', 'a\\nb\\n', re.M), re.sub('$', '!', 'ab\\n')",
    "import re\nprint(re.findall('$', 'a\\nb\\n'), re.findall('$', 'a\\nb\\n', re.M), re.sub('$', '!', 'ab\\n'))",
    "['', ''] ['', '', ''] ab!\n!\n",
  ],
  [
    "print(re.match('.*', 'ab\\ncd').group(), re.match('.*', 'ab\\ncd', re.S).group(), re.match('",
    "import re\nprint(re.match('.*', 'ab\\ncd').group(), re.match('.*', 'ab\\ncd', re.S).group(), re.match('(?s).*', 'a\\nb').group())",
    'ab ab\ncd a\nb\n',
  ],
  [
    "print(re.findall('A', 'aAbBa', re.I), re.findall('[a-c]+', 'ABCdxa', re.IGNORECASE), re.se",
    "import re\nprint(re.findall('A', 'aAbBa', re.I), re.findall('[a-c]+', 'ABCdxa', re.IGNORECASE), re.search('(?i)straße', 'STRASSE'))",
    "['a', 'A', 'a'] ['ABC', 'a'] None\n",
  ],
  [
    "print(re.findall('k', 'K\\u212a', re.I), re.findall('s', 'S\\u017f', re.I), re.findall('[k]'",
    "import re\nprint(re.findall('k', 'K\\u212a', re.I), re.findall('s', 'S\\u017f', re.I), re.findall('[k]', '\\u212a', re.I))",
    "['K', 'K'] ['S', 'ſ'] ['K']\n",
  ],
  [
    "p = re.compile(r'''",
    "import re\np = re.compile(r'''\n   (\\d+)  # number\n   \\s*    # space\n   ([a-z]+) # word\n''', re.VERBOSE)\nprint(p.findall('12 ab 3cd'), p)",
    "[('12', 'ab'), ('3', 'cd')] re.compile('\\n   (\\\\d+)  # number\\n   \\\\s*    # space\\n   ([a-z]+) # word\\n', re.VERBOSE)\n",
  ],
  [
    "print(re.findall(r'(?x) a b c # comment', 'abc a b c'), re.findall(r'(?x)a[ ]b', 'a b'), r",
    "import re\nprint(re.findall(r'(?x) a b c # comment', 'abc a b c'), re.findall(r'(?x)a[ ]b', 'a b'), re.findall(r'(?x)a\\ b', 'a b'))",
    "['abc'] ['a b'] ['a b']\n",
  ],
  [
    "print(re.findall(r'(a)|(b)', 'ab'), re.findall(r'a(b)?', 'a ab'), re.findall(r'(a)(b)', 'a",
    "import re\nprint(re.findall(r'(a)|(b)', 'ab'), re.findall(r'a(b)?', 'a ab'), re.findall(r'(a)(b)', 'abab'), re.findall('', 'ab'))",
    "[('a', ''), ('', 'b')] ['', 'b'] [('a', 'b'), ('a', 'b')] ['', '', '']\n",
  ],
  [
    "print(re.sub(r'(\\w)(\\w)', r'\\2\\1', 'abcd'), re.sub(r'(?P<a>\\w)', r'[\\g<a>]', 'xy'), re.sub",
    "import re\nprint(re.sub(r'(\\w)(\\w)', r'\\2\\1', 'abcd'), re.sub(r'(?P<a>\\w)', r'[\\g<a>]', 'xy'), re.sub('b', r'<\\g<0>>', 'abc'))",
    'badc [x][y] a<b>c\n',
  ],
  [
    "print(re.sub('(a)|b', r'[\\1]', 'ab'), re.subn('a', 'x', 'aaa', 2), re.sub('a', 'x', 'aaa',",
    "import re\nprint(re.sub('(a)|b', r'[\\1]', 'ab'), re.subn('a', 'x', 'aaa', 2), re.sub('a', 'x', 'aaa', count=0))",
    "[a][] ('xxa', 2) xxx\n",
  ],
  [
    "print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.split('x*', 'axbc'), re.split(",
    "import re\nprint(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.split('x*', 'axbc'), re.split(r'\\b', 'a b'))",
    "-a-b--d- -a-b-c- ['', 'a', '', 'b', 'c', ''] ['', 'a', ' ', 'b', '']\n",
  ],
  [
    "print(re.sub('a', r'\\n', 'bab'), repr(re.sub('a', '\\\\\\\\', 'bab')), re.sub('a', r'\\\\1', 'a'",
    "import re\nprint(re.sub('a', r'\\n', 'bab'), repr(re.sub('a', '\\\\\\\\', 'bab')), re.sub('a', r'\\\\1', 'a'))",
    "b\nb 'b\\\\b' \\1\n",
  ],
  [
    "print(re.sub('(a)', r'\\2', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\2', 'a'))",
    'EXC error: invalid group reference 2 at position 1\n',
  ],
  [
    "print(re.sub('(a)', r'\\g<2>', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\g<2>', 'a'))",
    'EXC error: invalid group reference 2 at position 3\n',
  ],
  [
    "print(re.sub('(a)', r'\\g<x>', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\g<x>', 'a'))",
    "EXC IndexError: unknown group name 'x'\n",
  ],
  [
    "print(re.sub('(a)', r'\\g<1', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\g<1', 'a'))",
    'EXC error: missing >, unterminated name at position 3\n',
  ],
  [
    "print(re.sub('(a)', r'\\q', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\q', 'a'))",
    'EXC error: bad escape \\q at position 0\n',
  ],
  [
    "print(re.sub('(a)', '\\\\', 'a'))",
    "import re\nprint(re.sub('(a)', '\\\\', 'a'))",
    'EXC error: bad escape (end of pattern) at position 0\n',
  ],
  [
    "print(re.split(r'(,)(\\s)?', 'a, b,c'), re.split(r',', 'a,b,c,d', 2), re.split(',', ''), re",
    "import re\nprint(re.split(r'(,)(\\s)?', 'a, b,c'), re.split(r',', 'a,b,c,d', 2), re.split(',', ''), re.split('x', 'axbxc', maxsplit=-1))",
    "['a', ',', ' ', 'b', ',', None, 'c'] ['a', 'b', 'c,d'] [''] ['axbxc']\n",
  ],
  [
    "print(re.split(r'\\s+', '  a b  '), re.split('(?:a)', 'bab'), re.split(r'(a)|(b)', 'xaybz')",
    "import re\nprint(re.split(r'\\s+', '  a b  '), re.split('(?:a)', 'bab'), re.split(r'(a)|(b)', 'xaybz'))",
    "['', 'a', 'b', ''] ['b', 'b'] ['x', 'a', None, 'y', None, 'b', 'z']\n",
  ],
  [
    "p = re.compile(r'(?P<first>\\w+) (?P<last>\\w+)')",
    "import re\np = re.compile(r'(?P<first>\\w+) (?P<last>\\w+)')\nm = p.match('Jane Doe x')\nprint(m.groupdict(), m.group(0, 1, 'last'), m.lastgroup, m.lastindex, p.groupindex, p.groups, p.pattern, p.flags)",
    "{'first': 'Jane', 'last': 'Doe'} ('Jane Doe', 'Jane', 'Doe') last 2 {'first': 1, 'last': 2} 2 (?P<first>\\w+) (?P<last>\\w+) 32\n",
  ],
  [
    "m = re.match(r'(a)(?:b)(c)?', 'ab'); print(m.lastindex, m.lastgroup, m.groupdict())",
    "import re\nm = re.match(r'(a)(?:b)(c)?', 'ab'); print(m.lastindex, m.lastgroup, m.groupdict())",
    '1 None {}\n',
  ],
  [
    "m = re.match(r'((a)b)', 'ab'); print(m.lastindex, m.groups())",
    "import re\nm = re.match(r'((a)b)', 'ab'); print(m.lastindex, m.groups())",
    "1 ('ab', 'a')\n",
  ],
  [
    "m = re.match(r'(?P<o>(?P<i>a)b)', 'ab'); print(m.lastindex, m.lastgroup)",
    "import re\nm = re.match(r'(?P<o>(?P<i>a)b)', 'ab'); print(m.lastindex, m.lastgroup)",
    '1 o\n',
  ],
  [
    "m = re.match(r'(a)|(b)', 'b'); print(m.lastindex, m.groups(), m.span(1))",
    "import re\nm = re.match(r'(a)|(b)', 'b'); print(m.lastindex, m.groups(), m.span(1))",
    "2 (None, 'b') (-1, -1)\n",
  ],
  [
    "print(re.match('a+?', 'aaa').group(), re.match('a*?b', 'aab').group(), re.match('a{2,3}?',",
    "import re\nprint(re.match('a+?', 'aaa').group(), re.match('a*?b', 'aab').group(), re.match('a{2,3}?', 'aaaa').group(), re.match('a{,2}', 'aaa').group())",
    'a aab aa aa\n',
  ],
  [
    "print(re.findall('a{2}', 'aaaaa'), re.findall('x{1,}', 'xxx x'), re.findall('a{', 'a{'), r",
    "import re\nprint(re.findall('a{2}', 'aaaaa'), re.findall('x{1,}', 'xxx x'), re.findall('a{', 'a{'), re.findall('a{1', 'a{1'), re.findall('a{,}', 'aa'))",
    "['aa', 'aa'] ['xxx', 'x'] ['a{'] ['a{1'] ['aa', '']\n",
  ],
  [
    "print(re.findall(r'\\w+(?=!)', 'hi! yo there!'), re.findall(r'(?<=\\$)\\d+', '$10 20 $30'), r",
    "import re\nprint(re.findall(r'\\w+(?=!)', 'hi! yo there!'), re.findall(r'(?<=\\$)\\d+', '$10 20 $30'), re.findall(r'(?<!-)\\b\\d+', '-1 2 -3 4'), re.findall(r'a(?!b)', 'ab ac'))",
    "['hi', 'there'] ['10', '30'] ['2', '4'] ['a']\n",
  ],
  [
    "print(re.findall(r'(\\w)\\1', 'aabbcd'), re.search(r'(?P<q>[\\'\"]).*?(?P=q)', 'say \"hi\" ok').",
    "import re\nprint(re.findall(r'(\\w)\\1', 'aabbcd'), re.search(r'(?P<q>[\\'\"]).*?(?P=q)', 'say \"hi\" ok').group(), re.match(r'(a)\\1\\1', 'aaa'))",
    "['a', 'b'] \"hi\" <re.Match object; span=(0, 3), match='aaa'>\n",
  ],
  [
    "print(re.match('abc', 'abcdef'), re.search('cd', 'abcdef'), re.fullmatch('abc', 'abc'), re",
    "import re\nprint(re.match('abc', 'abcdef'), re.search('cd', 'abcdef'), re.fullmatch('abc', 'abc'), re.search('', ''))",
    "<re.Match object; span=(0, 3), match='abc'> <re.Match object; span=(2, 4), match='cd'> <re.Match object; span=(0, 3), match='abc'> <re.Match object; span=(0, 0), match=''>\n",
  ],
  [
    "print(re.compile('a+'), re.compile('a+', re.I), re.compile(r'\\d', re.I | re.M), re.compile",
    "import re\nprint(re.compile('a+'), re.compile('a+', re.I), re.compile(r'\\d', re.I | re.M), re.compile('x', re.S | re.X), re.compile(\"it's\"), re.compile('a', re.A))",
    "re.compile('a+') re.compile('a+', re.IGNORECASE) re.compile('\\\\d', re.IGNORECASE|re.MULTILINE) re.compile('x', re.DOTALL|re.VERBOSE) re.compile(\"it's\") re.compile('a', re.ASCII)\n",
  ],
  [
    "print(repr(re.search('b', 'abc')), re.match('a\\nb', 'a\\nb'), re.search(\"'\", \"it's\"), re.se",
    "import re\nprint(repr(re.search('b', 'abc')), re.match('a\\nb', 'a\\nb'), re.search(\"'\", \"it's\"), re.search('.', '😀'))",
    "<re.Match object; span=(1, 2), match='b'> <re.Match object; span=(0, 3), match='a\\nb'> <re.Match object; span=(2, 3), match=\"'\"> <re.Match object; span=(0, 1), match='😀'>\n",
  ],
  [
    "print(re.compile('a', re.U), re.compile('a', 0).flags, re.compile('(?i)a').flags, re.compi",
    "import re\nprint(re.compile('a', re.U), re.compile('a', 0).flags, re.compile('(?i)a').flags, re.compile('a', re.X | re.DOTALL))",
    "re.compile('a') 32 34 re.compile('a', re.DOTALL|re.VERBOSE)\n",
  ],
  [
    "print(re.escape('a.b*c'), re.escape('hello world'), re.escape('a_b-c'), re.escape('é/😀\\n\\t",
    "import re\nprint(re.escape('a.b*c'), re.escape('hello world'), re.escape('a_b-c'), re.escape('é/😀\\n\\t'), re.escape('!\"#%&\\',:;<=>@`~'))",
    'a\\.b\\*c hello\\ world a_b\\-c é/😀\\\n\\\t !"\\#%\\&\',:;<=>@`\\~\n',
  ],
  [
    "re.compile('(')",
    "import re\nre.compile('(')",
    'EXC error: missing ), unterminated subpattern at position 0\n',
  ],
  ["re.compile(')')", "import re\nre.compile(')')", 'EXC error: unbalanced parenthesis at position 0\n'],
  [
    "re.compile('[a')",
    "import re\nre.compile('[a')",
    'EXC error: unterminated character set at position 0\n',
  ],
  ["re.compile('*a')", "import re\nre.compile('*a')", 'EXC error: nothing to repeat at position 0\n'],
  ["re.compile('a**')", "import re\nre.compile('a**')", 'EXC error: multiple repeat at position 2\n'],
  ["re.compile('a++')", "import re\nre.compile('a++')", ''],
  ["re.compile(r'\\q')", "import re\nre.compile(r'\\q')", 'EXC error: bad escape \\q at position 0\n'],
  [
    "re.compile('(?P<1a>x)')",
    "import re\nre.compile('(?P<1a>x)')",
    "EXC error: bad character in group name '1a' at position 4\n",
  ],
  [
    "re.compile('(?P<a>x)(?P<a>y)')",
    "import re\nre.compile('(?P<a>x)(?P<a>y)')",
    "EXC error: redefinition of group name 'a' as group 2; was group 1 at position 12\n",
  ],
  [
    "re.compile(r'(a)\\2')",
    "import re\nre.compile(r'(a)\\2')",
    'EXC error: invalid group reference 2 at position 4\n',
  ],
  [
    "re.compile('a{3,2}')",
    "import re\nre.compile('a{3,2}')",
    'EXC error: min repeat greater than max repeat at position 2\n',
  ],
  [
    "re.compile('[z-a]')",
    "import re\nre.compile('[z-a]')",
    'EXC error: bad character range z-a at position 1\n',
  ],
  [
    "re.compile('(?<=a+)b')",
    "import re\nre.compile('(?<=a+)b')",
    'EXC error: look-behind requires fixed-width pattern\n',
  ],
  [
    "re.compile('x(?i)y')",
    "import re\nre.compile('x(?i)y')",
    'EXC error: global flags not at the start of the expression at position 1\n',
  ],
  ["re.compile('(?z)')", "import re\nre.compile('(?z)')", 'EXC error: unknown extension ?z at position 1\n'],
  [
    "re.compile(r'\\x1')",
    "import re\nre.compile(r'\\x1')",
    'EXC error: incomplete escape \\x1 at position 0\n',
  ],
  [
    "re.compile('ab\\\\')",
    "import re\nre.compile('ab\\\\')",
    'EXC error: bad escape (end of pattern) at position 2\n',
  ],
  [
    "re.compile('(?P=n)')",
    "import re\nre.compile('(?P=n)')",
    "EXC error: unknown group name 'n' at position 4\n",
  ],
  ["re.compile('a|*')", "import re\nre.compile('a|*')", 'EXC error: nothing to repeat at position 2\n'],
  ["re.compile('(?i:a)b').pattern", "import re\nre.compile('(?i:a)b').pattern", ''],
  [
    "re.search('a', 5)",
    "import re\nre.search('a', 5)",
    "EXC TypeError: expected string or bytes-like object, got 'int'\n",
  ],
  [
    "re.search(5, 'a')",
    "import re\nre.search(5, 'a')",
    'EXC TypeError: first argument must be string or compiled pattern\n',
  ],
  [
    "re.search('a', None)",
    "import re\nre.search('a', None)",
    "EXC TypeError: expected string or bytes-like object, got 'NoneType'\n",
  ],
  [
    "re.sub('a', 5, 'a')",
    "import re\nre.sub('a', 5, 'a')",
    'EXC TypeError: decoding to str: need a bytes-like object, int found\n',
  ],
  [
    "re.sub('a', lambda m: 5, 'a')",
    "import re\nre.sub('a', lambda m: 5, 'a')",
    'EXC TypeError: sequence item 0: expected str instance, int found\n',
  ],
  [
    "re.match('a', 'a').group(3)",
    "import re\nre.match('a', 'a').group(3)",
    'EXC IndexError: no such group\n',
  ],
  [
    "re.match('a', 'a').group('x')",
    "import re\nre.match('a', 'a').group('x')",
    'EXC IndexError: no such group\n',
  ],
  [
    "re.compile(re.compile('a'), re.I)",
    "import re\nre.compile(re.compile('a'), re.I)",
    'EXC ValueError: cannot process flags argument with a compiled pattern\n',
  ],
  [
    "print(re.compile(re.compile('a')).pattern, re.purge())",
    "import re\nprint(re.compile(re.compile('a')).pattern, re.purge())",
    'a None\n',
  ],
  [
    "p = re.compile(r'\\d+')",
    "import re\np = re.compile(r'\\d+')\nprint(p.match('12ab'), p.fullmatch('12'), p.search('ab12'), p.findall('1 22 333'), list(p.finditer('1 2')), p.sub('#', 'a1b22'), p.subn('#', 'a1b22'), p.split('a1b22c'))",
    "<re.Match object; span=(0, 2), match='12'> <re.Match object; span=(0, 2), match='12'> <re.Match object; span=(2, 4), match='12'> ['1', '22', '333'] [<re.Match object; span=(0, 1), match='1'>, <re.Match object; span=(2, 3), match='2'>] a#b# ('a#b#', 2) ['a', 'b', 'c']\n",
  ],
  [
    "p = re.compile('a')",
    "import re\np = re.compile('a')\nprint(p.search('bab', pos=2), p.match('ba', 1), p.fullmatch('bab', 1, 2), p.search('aaa', 1, 2), p.findall('aaaa', 1, 3), p.search('ab', 5), p.search('ab', -3))",
    "None <re.Match object; span=(1, 2), match='a'> <re.Match object; span=(1, 2), match='a'> <re.Match object; span=(1, 2), match='a'> ['a', 'a'] None <re.Match object; span=(0, 1), match='a'>\n",
  ],
  [
    "p = re.compile('^a$')",
    "import re\np = re.compile('^a$')\nprint(p.search('ba', 1), p.match('ab', 0, 1), p.search('xa\\n', 1), p.fullmatch('xa', 1))",
    "None <re.Match object; span=(0, 1), match='a'> None None\n",
  ],
  [
    "m = re.compile('b').search('abc', 1, 2); print(m, m.pos, m.endpos, m.string, m.re)",
    "import re\nm = re.compile('b').search('abc', 1, 2); print(m, m.pos, m.endpos, m.string, m.re)",
    "<re.Match object; span=(1, 2), match='b'> 1 2 abc re.compile('b')\n",
  ],
  [
    "it = re.finditer(r'\\d', 'a1b2'); print(type(it).__name__, next(it), [m.group() for m in it",
    "import re\nit = re.finditer(r'\\d', 'a1b2'); print(type(it).__name__, next(it), [m.group() for m in it])",
    "callable_iterator <re.Match object; span=(1, 2), match='1'> ['2']\n",
  ],
  [
    "m = re.search('(a)(b)', 'ab'); print(m[0], m[1], m[2], m.group(), m.group(1, 2), m.expand(",
    "import re\nm = re.search('(a)(b)', 'ab'); print(m[0], m[1], m[2], m.group(), m.group(1, 2), m.expand(r'\\2-\\1'), m.regs)",
    "ab a b ab ('a', 'b') b-a ((0, 2), (0, 1), (1, 2))\n",
  ],
  [
    "print(bool(re.match('a', 'a')), re.match('a', 'a') == re.match('a', 'a'), type(re.match('a",
    "import re\nprint(bool(re.match('a', 'a')), re.match('a', 'a') == re.match('a', 'a'), type(re.match('a','a')).__name__, type(re.compile('a')).__name__)",
    'True False Match Pattern\n',
  ],
  [
    "print(re.findall(r'[\\d.]+', '1.5 and 2'), re.findall(r'[^\\w\\s]', 'a,b. c!'), re.findall(r'",
    "import re\nprint(re.findall(r'[\\d.]+', '1.5 and 2'), re.findall(r'[^\\w\\s]', 'a,b. c!'), re.findall(r'[\\]]', 'a]b'), re.findall(r'[]a]', 'a]b'), re.findall('[-a]', 'a-b'), re.findall('[a-]', 'a-b'))",
    "['1.5', '2'] [',', '.', '!'] [']'] ['a', ']'] ['a', '-'] ['a', '-']\n",
  ],
  [
    "print(re.findall('[\\\\s\\\\d]', 'a 1\\tb'), re.findall(r'[\\D]', 'a1'), re.findall(r'[^\\d\\s]+',",
    "import re\nprint(re.findall('[\\\\s\\\\d]', 'a 1\\tb'), re.findall(r'[\\D]', 'a1'), re.findall(r'[^\\d\\s]+', 'ab 12 c3'))",
    "[' ', '1', '\\t'] ['a'] ['ab', 'c']\n",
  ],
  [
    "print(re.findall(r'\\w+', 'x_y 1a ñ ß Ω Ⅻ ²'), re.findall(r'\\d', '²½٣'), re.findall(r'[\\w]'",
    "import re\nprint(re.findall(r'\\w+', 'x_y 1a ñ ß Ω Ⅻ ²'), re.findall(r'\\d', '²½٣'), re.findall(r'[\\w]', 'ǅ'), re.findall(r'\\w', '\\u0301a\\u0301'))",
    "['x_y', '1a', 'ñ', 'ß', 'Ω', 'Ⅻ', '²'] ['٣'] ['ǅ'] ['a']\n",
  ],
  [
    "print(re.findall('(?i)[^a]', 'aAb'), re.findall('[^a]', 'aAb', re.I), re.findall('[A-Z]', ",
    "import re\nprint(re.findall('(?i)[^a]', 'aAb'), re.findall('[^a]', 'aAb', re.I), re.findall('[A-Z]', 'abc', re.I))",
    "['b'] ['b'] ['a', 'b', 'c']\n",
  ],
  [
    "print(re.findall(r'\\bcat\\b', 'cat catalog concat cat'), re.sub(r'\\b', '|', 'hi yo'))",
    "import re\nprint(re.findall(r'\\bcat\\b', 'cat catalog concat cat'), re.sub(r'\\b', '|', 'hi yo'))",
    "['cat', 'cat'] |hi| |yo|\n",
  ],
  [
    "print(re.match(r'(\\d+)-(\\d+)', '10-20').groups(), list(map(int, re.findall(r'-?\\d+', 'a-3b",
    "import re\nprint(re.match(r'(\\d+)-(\\d+)', '10-20').groups(), list(map(int, re.findall(r'-?\\d+', 'a-3b4-5'))))",
    "('10', '20') [-3, 4, -5]\n",
  ],
  [
    "print(re.findall(r'(\\w+)=(\\w*)', 'a=1, b=, c=3'), dict(re.findall(r'(\\w+)=(\\w+)', 'x=1 y=2",
    "import re\nprint(re.findall(r'(\\w+)=(\\w*)', 'a=1, b=, c=3'), dict(re.findall(r'(\\w+)=(\\w+)', 'x=1 y=2')))",
    "[('a', '1'), ('b', ''), ('c', '3')] {'x': '1', 'y': '2'}\n",
  ],
  [
    "s = 'The quick brown fox'",
    "import re\ns = 'The quick brown fox'\nprint(re.sub(r'(\\w+)', lambda m: m.group(1)[::-1], s), re.sub(r'[aeiou]', lambda m: m.group().upper(), s))",
    'ehT kciuq nworb xof ThE qUIck brOwn fOx\n',
  ],
  [
    "print(re.sub('a|b', lambda m: '' if m.group() == 'a' else 'B', 'abcab'), re.sub('(?P<n>\\\\d",
    "import re\nprint(re.sub('a|b', lambda m: '' if m.group() == 'a' else 'B', 'abcab'), re.sub('(?P<n>\\\\d)', lambda m: m['n'] * 2, 'a1b2'))",
    'BcB a11b22\n',
  ],
  [
    "print(re.findall('a|ab', 'ab'), re.findall('ab|a', 'ab'), re.findall('(a|ab)(c|bcd)', 'abc",
    "import re\nprint(re.findall('a|ab', 'ab'), re.findall('ab|a', 'ab'), re.findall('(a|ab)(c|bcd)', 'abcd'))",
    "['a'] ['ab'] [('a', 'bcd')]\n",
  ],
  [
    "print(re.match(r'(a*)*', 'b').group(), re.match(r'(a*)+', 'b').groups(), re.match('(a|b)*'",
    "import re\nprint(re.match(r'(a*)*', 'b').group(), re.match(r'(a*)+', 'b').groups(), re.match('(a|b)*', 'abab').group(1))",
    " ('',) b\n",
  ],
  [
    "print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups())",
    "import re\nprint(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups())",
    "('a',) ('a', 'b')\n",
  ],
  [
    "print(re.match('(?>a+)b', 'aab'))",
    "import re\nprint(re.match('(?>a+)b', 'aab'))",
    "<re.Match object; span=(0, 3), match='aab'>\n",
  ],
  [
    "print(re.match('a*+b', 'aab'))",
    "import re\nprint(re.match('a*+b', 'aab'))",
    "<re.Match object; span=(0, 3), match='aab'>\n",
  ],
  [
    "print(re.findall('\\\\u00e9', 'é'), re.findall('\\\\U0001F600', '😀'), re.findall('\\\\x41', 'A')",
    "import re\nprint(re.findall('\\\\u00e9', 'é'), re.findall('\\\\U0001F600', '😀'), re.findall('\\\\x41', 'A'), re.findall('\\\\101', 'A'), re.findall('\\\\0', '\\x00'), re.findall('[\\\\x41-\\\\x43]', 'ABCD'))",
    "['é'] ['😀'] ['A'] ['A'] ['\\x00'] ['A', 'B', 'C']\n",
  ],
  [
    "print(re.findall('(?#comment)a', 'aa'), re.findall('a(?#x)b', 'ab'))",
    "import re\nprint(re.findall('(?#comment)a', 'aa'), re.findall('a(?#x)b', 'ab'))",
    "['a', 'a'] ['ab']\n",
  ],
  [
    "print(re.findall(r'\\.', 'a.b'), re.findall(r'\\-', 'a-b'), re.findall('/', 'a/b'), re.finda",
    "import re\nprint(re.findall(r'\\.', 'a.b'), re.findall(r'\\-', 'a-b'), re.findall('/', 'a/b'), re.findall(r'\\/', 'a/b'), re.findall(r'\\#', '#'), re.findall(r'\\ ', ' '))",
    "['.'] ['-'] ['/'] ['/'] ['#'] [' ']\n",
  ],
  [
    "print(re.findall(r'\\&\\~', '&~'), re.findall(r'\\:', ':'), re.findall(r'\\\"', '\"'), re.findal",
    "import re\nprint(re.findall(r'\\&\\~', '&~'), re.findall(r'\\:', ':'), re.findall(r'\\\"', '\"'), re.findall(r'\\%', '%'), re.findall(r'\\<\\>', '<>'), re.findall(r'\\=', '='), re.findall(r'\\!', '!'), re.findall(r'\\,', ','), re.findall(r\"\\'\", \"'\"))",
    "['&~'] [':'] ['\"'] ['%'] ['<>'] ['='] ['!'] [','] [\"'\"]\n",
  ],
  [
    "print(re.findall(r'[\\-\\]\\[\\^]', '-][^'), re.findall('[.^$*]', '.^$*'), re.findall('[|()]',",
    "import re\nprint(re.findall(r'[\\-\\]\\[\\^]', '-][^'), re.findall('[.^$*]', '.^$*'), re.findall('[|()]', '|()'))",
    "['-', ']', '[', '^'] ['.', '^', '$', '*'] ['|', '(', ')']\n",
  ],
  [
    "print(re.findall(r'x{2}y', 'xxy'), re.findall('{', '{'), re.findall('a{b', 'a{b'), re.find",
    "import re\nprint(re.findall(r'x{2}y', 'xxy'), re.findall('{', '{'), re.findall('a{b', 'a{b'), re.findall('}', '}'), re.findall('x{2,a}', 'x{2,a}'))",
    "['xxy'] ['{'] ['a{b'] ['}'] ['x{2,a}']\n",
  ],
  [
    "print(re.sub(r'\\s+', ' ', ' a \\n\\t b ').strip(), re.sub(r'^\\s+|\\s+$', '', '  hi  '), re.su",
    "import re\nprint(re.sub(r'\\s+', ' ', ' a \\n\\t b ').strip(), re.sub(r'^\\s+|\\s+$', '', '  hi  '), re.sub('(?m)^', '> ', 'a\\nb'))",
    'a b hi > a\n> b\n',
  ],
  [
    "print(re.split('(?m)^', 'a\\nb\\nc'), re.split('$', 'a\\nb'), re.split(r'(?=b)', 'abab'))",
    "import re\nprint(re.split('(?m)^', 'a\\nb\\nc'), re.split('$', 'a\\nb'), re.split(r'(?=b)', 'abab'))",
    "['', 'a\\n', 'b\\n', 'c'] ['a\\nb', ''] ['a', 'ba', 'b']\n",
  ],
  [
    "print(re.findall(r'(?<=a)', 'aaa'), re.sub(r'(?<=a)', '-', 'aab'), re.findall(r'\\b', 'ab c",
    "import re\nprint(re.findall(r'(?<=a)', 'aaa'), re.sub(r'(?<=a)', '-', 'aab'), re.findall(r'\\b', 'ab cd'))",
    "['', '', ''] a-a-b ['', '', '', '']\n",
  ],
  [
    "print(re.findall(r'(?<![a-z])\\d', 'a1 2'), re.findall('(?<=ab|cd)x', 'abx cdx efx'), re.fi",
    "import re\nprint(re.findall(r'(?<![a-z])\\d', 'a1 2'), re.findall('(?<=ab|cd)x', 'abx cdx efx'), re.findall('(?<=a|bc)x', 'ax bcx'))",
    'EXC error: look-behind requires fixed-width pattern\n',
  ],
  [
    "print(re.search(r'(\\d+)(?:px)?', 'w: 10px').groups(), re.findall(r'#[0-9a-fA-F]{6}\\b', '#F",
    "import re\nprint(re.search(r'(\\d+)(?:px)?', 'w: 10px').groups(), re.findall(r'#[0-9a-fA-F]{6}\\b', '#FFaa00 #12345g'))",
    "('10',) ['#FFaa00']\n",
  ],
  [
    "print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO hello'), re.sub('a', 'b', 'aaa', flags=re.I",
    "import re\nprint(re.sub(r'(?i)hello', 'bye', 'Hello HELLO hello'), re.sub('a', 'b', 'aaa', flags=re.I), re.sub('A', 'b', 'aaa', 1, re.I))",
    'bye bye bye bbb baa\n',
  ],
  [
    "print(re.split(r'[\\s,]+', 'a, b  c,d'), re.split(r'\\W+', 'Words, words, words.'), re.split",
    "import re\nprint(re.split(r'[\\s,]+', 'a, b  c,d'), re.split(r'\\W+', 'Words, words, words.'), re.split(r'(\\W+)', 'Words, words.'))",
    "['a', 'b', 'c', 'd'] ['Words', 'words', 'words', ''] ['Words', ', ', 'words', '.', '']\n",
  ],
  [
    "print(re.split(r'\\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.IG",
    "import re\nprint(re.split(r'\\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))",
    "['Words', 'words, words.'] ['0', '3', '9']\n",
  ],
  [
    "print(re.findall(r'^\\s*(\\w+)\\s*=\\s*(.*?)\\s*$', 'a = 1 \\nbb=2', re.M))",
    "import re\nprint(re.findall(r'^\\s*(\\w+)\\s*=\\s*(.*?)\\s*$', 'a = 1 \\nbb=2', re.M))",
    "[('a', '1'), ('bb', '2')]\n",
  ],
  [
    "print(re.findall(r'\".*?\"', 'say \"a\" and \"b\"'), re.findall(r'<.*>', '<a><b>'), re.findall(r",
    "import re\nprint(re.findall(r'\".*?\"', 'say \"a\" and \"b\"'), re.findall(r'<.*>', '<a><b>'), re.findall(r'<.*?>', '<a><b>'))",
    "['\"a\"', '\"b\"'] ['<a><b>'] ['<a>', '<b>']\n",
  ],
  [
    "print(re.fullmatch(r'[\\w.+-]+@[\\w-]+\\.[\\w.]+', 'john.doe@mail.example.com') is not None, r",
    "import re\nprint(re.fullmatch(r'[\\w.+-]+@[\\w-]+\\.[\\w.]+', 'john.doe@mail.example.com') is not None, re.fullmatch(r'\\d{3}-\\d{4}', '555-12345'))",
    'True None\n',
  ],
  [
    "print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\\\11', 'abcdefghijkk'), re.sub('(a)(b)(c)",
    "import re\nprint(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\\\11', 'abcdefghijkk'), re.sub('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\\11\\10', 'abcdefghijk'))",
    "<re.Match object; span=(0, 12), match='abcdefghijkk'> kj\n",
  ],
  [
    "print(re.sub('(a)', r'\\1\\0', 'a') == 'a\\x00', re.sub('(a)', '\\\\10', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\1\\0', 'a') == 'a\\x00', re.sub('(a)', '\\\\10', 'a'))",
    'EXC error: invalid group reference 10 at position 1\n',
  ],
  [
    "m = re.search('x', 'axb'); print(m.start(0), m.end(0), m.span(0), m.group(0))",
    "import re\nm = re.search('x', 'axb'); print(m.start(0), m.end(0), m.span(0), m.group(0))",
    '1 2 (1, 2) x\n',
  ],
  [
    "m = re.search('x', 'axb'); print(m.start(1))",
    "import re\nm = re.search('x', 'axb'); print(m.start(1))",
    'EXC IndexError: no such group\n',
  ],
  [
    "m = re.search('(x)', 'axb'); print(m.span(-1))",
    "import re\nm = re.search('(x)', 'axb'); print(m.span(-1))",
    'EXC IndexError: no such group\n',
  ],
  [
    "m = re.search('(x)', 'axb'); print(m.group(1.0))",
    "import re\nm = re.search('(x)', 'axb'); print(m.group(1.0))",
    'EXC IndexError: no such group\n',
  ],
  [
    "print(re.findall('[😀]', '😀a😀'), re.findall('[^😀]', '😀a😀'), re.findall('😀+', '😀😀a'), re.fin",
    "import re\nprint(re.findall('[😀]', '😀a😀'), re.findall('[^😀]', '😀a😀'), re.findall('😀+', '😀😀a'), re.findall('a.c', 'a😀c'))",
    "['😀', '😀'] ['a'] ['😀😀'] ['a😀c']\n",
  ],
  [
    "print(re.sub('.', '-', 'a😀b'), re.sub('', '|', '😀'), re.split('', '😀a'), re.findall(r'\\W',",
    "import re\nprint(re.sub('.', '-', 'a😀b'), re.sub('', '|', '😀'), re.split('', '😀a'), re.findall(r'\\W', '😀 a'))",
    "--- |😀| ['', '😀', 'a', ''] ['😀', ' ']\n",
  ],
  [
    "print(re.findall(r'[^a]', '😀'), re.findall(r'\\S', '😀'), re.findall('.', '😀', re.S))",
    "import re\nprint(re.findall(r'[^a]', '😀'), re.findall(r'\\S', '😀'), re.findall('.', '😀', re.S))",
    "['😀'] ['😀'] ['😀']\n",
  ],
  [
    "print(re.search('😀', 'ab😀').span(), re.search('b', 'ab😀b', 3), re.search('b', 'ab😀b', 2), ",
    "import re\nprint(re.search('😀', 'ab😀').span(), re.search('b', 'ab😀b', 3), re.search('b', 'ab😀b', 2), re.compile('b').search('😀😀b', 1, 3))",
    "(2, 3) <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(1, 2), match='b'> <re.Match object; span=(2, 3), match='b'>\n",
  ],
  [
    "s = 'é😀x'",
    "import re\ns = 'é😀x'\nm = re.search('x', s); print(s[m.start():m.end()], s[:m.start()], m.endpos, m.pos)",
    'x é😀 3 0\n',
  ],
  [
    "m = re.compile('a').search('😀a😀', endpos=2); print(m, m.endpos)",
    "import re\nm = re.compile('a').search('😀a😀', endpos=2); print(m, m.endpos)",
    "<re.Match object; span=(1, 2), match='a'> 2\n",
  ],
  [
    "print([(m.start(), m.group()) for m in re.finditer(r'\\S+', '😀 ab 😀😀 c')])",
    "import re\nprint([(m.start(), m.group()) for m in re.finditer(r'\\S+', '😀 ab 😀😀 c')])",
    "[(0, '😀'), (2, 'ab'), (5, '😀😀'), (8, 'c')]\n",
  ],
  [
    "print(re.sub(r'\\S+', lambda m: f'{m.start()}:{m.end()}', '😀 ab 😀😀 c'))",
    "import re\nprint(re.sub(r'\\S+', lambda m: f'{m.start()}:{m.end()}', '😀 ab 😀😀 c'))",
    '0:1 2:4 5:7 8:9\n',
  ],
  [
    "print(re.split(r'\\s', '😀 b😀 c', maxsplit=1), re.subn('😀', 'x', '😀a😀'))",
    "import re\nprint(re.split(r'\\s', '😀 b😀 c', maxsplit=1), re.subn('😀', 'x', '😀a😀'))",
    "['😀', 'b😀 c'] ('xax', 2)\n",
  ],
  [
    "print(re.search('(?i)É', 'é'), re.findall('[à-ÿ]', 'àéÿ'), re.findall('(?i)[À-Þ]', 'àé'))",
    "import re\nprint(re.search('(?i)É', 'é'), re.findall('[à-ÿ]', 'àéÿ'), re.findall('(?i)[À-Þ]', 'àé'))",
    "<re.Match object; span=(0, 1), match='é'> ['à', 'é', 'ÿ'] ['à', 'é']\n",
  ],
  [
    "print(re.search(r'[\\u4e00-\\u9fff]+', 'abc中文def').group(), re.findall(r'[\\U0001F600-\\U0001F",
    "import re\nprint(re.search(r'[\\u4e00-\\u9fff]+', 'abc中文def').group(), re.findall(r'[\\U0001F600-\\U0001F64F]', 'a😀b🙏'))",
    "中文 ['😀', '🙏']\n",
  ],
  [
    "print(re.match(r'\\d+\\.\\d*', '3.14abc').group(), float(re.search(r'[-+]?\\d*\\.?\\d+', 'x=-0.5",
    "import re\nprint(re.match(r'\\d+\\.\\d*', '3.14abc').group(), float(re.search(r'[-+]?\\d*\\.?\\d+', 'x=-0.5').group()))",
    '3.14 -0.5\n',
  ],
  [
    "print(re.findall(r'(\\d)(\\d)?', '1 23'), re.findall(r'(?:(\\d)x)?y', 'y 1xy'))",
    "import re\nprint(re.findall(r'(\\d)(\\d)?', '1 23'), re.findall(r'(?:(\\d)x)?y', 'y 1xy'))",
    "[('1', ''), ('2', '3')] ['', '1']\n",
  ],
  [
    "print(re.compile(r'(?P<a>a)(?P<b>b)?').match('a').groupdict('-'), re.match('(?P<a>a)', 'a'",
    "import re\nprint(re.compile(r'(?P<a>a)(?P<b>b)?').match('a').groupdict('-'), re.match('(?P<a>a)', 'a').groupdict(default=0))",
    "{'a': 'a', 'b': '-'} {'a': 'a'}\n",
  ],
  [
    "print(re.match('a', 'A', flags=re.I), re.match('a', 'A', re.IGNORECASE).group())",
    "import re\nprint(re.match('a', 'A', flags=re.I), re.match('a', 'A', re.IGNORECASE).group())",
    "<re.Match object; span=(0, 1), match='A'> A\n",
  ],
  [
    'try:',
    "import re\ntry:\n    re.compile('(')\nexcept re.error as e:\n    print(type(e).__name__, e, e.msg, e.pos, e.pattern, e.lineno, e.colno)",
    'error missing ), unterminated subpattern at position 0 missing ), unterminated subpattern 0 ( 1 1\n',
  ],
  [
    'try: #2',
    "import re\ntry:\n    re.compile('a\\n(')\nexcept re.error as e:\n    print(e, e.lineno, e.colno)",
    'missing ), unterminated subpattern at position 2 (line 2, column 1) 2 1\n',
  ],
  [
    "print(isinstance(re.error('x'), Exception), re.error.__name__, re.error.__module__, re.err",
    "import re\nprint(isinstance(re.error('x'), Exception), re.error.__name__, re.error.__module__, re.error)",
    "True error re <class 're.error'>\n",
  ],
  [
    "print(re.findall(r'a\\b', 'a\\n'), re.search(r'^$', ''), re.search(r'^$', '\\n'), re.findall(",
    "import re\nprint(re.findall(r'a\\b', 'a\\n'), re.search(r'^$', ''), re.search(r'^$', '\\n'), re.findall(r'^$', 'a\\n\\nb', re.M))",
    "['a'] <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''> ['']\n",
  ],
  [
    "print(re.match('', 'abc'), re.fullmatch('', ''), re.fullmatch('a*', ''), re.fullmatch('a|a",
    "import re\nprint(re.match('', 'abc'), re.fullmatch('', ''), re.fullmatch('a*', ''), re.fullmatch('a|ab', 'ab'))",
    "<re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 2), match='ab'>\n",
  ],
  [
    "print(re.fullmatch(r'(a|ab)(c|bcd)(d*)', 'abcd'), re.fullmatch('a*?', 'aaa'))",
    "import re\nprint(re.fullmatch(r'(a|ab)(c|bcd)(d*)', 'abcd'), re.fullmatch('a*?', 'aaa'))",
    "<re.Match object; span=(0, 4), match='abcd'> <re.Match object; span=(0, 3), match='aaa'>\n",
  ],
  [
    "print(re.sub('(?P<x>a)', r'\\g<x>\\g<x>', 'ab'), re.sub('a', r'\\g<0>\\g<0>', 'ab'), re.sub('(",
    "import re\nprint(re.sub('(?P<x>a)', r'\\g<x>\\g<x>', 'ab'), re.sub('a', r'\\g<0>\\g<0>', 'ab'), re.sub('(b)', r'\\g< 1>', 'b'))",
    'aab aab b\n',
  ],
  ["print(re.sub('(b)', r'\\g<01>', 'b'))", "import re\nprint(re.sub('(b)', r'\\g<01>', 'b'))", 'b\n'],
  [
    "print(re.sub('(b)', r'\\g<-1>', 'b'))",
    "import re\nprint(re.sub('(b)', r'\\g<-1>', 'b'))",
    "EXC error: bad character in group name '-1' at position 3\n",
  ],
  [
    "print(re.sub('b', r'\\g<>', 'b'))",
    "import re\nprint(re.sub('b', r'\\g<>', 'b'))",
    'EXC error: missing group name at position 3\n',
  ],
  [
    "m = re.match('(a)(b)?', 'a'); print(repr(m.expand(r'\\1-\\2-')), repr(re.sub('(a)(b)?', r'[\\",
    "import re\nm = re.match('(a)(b)?', 'a'); print(repr(m.expand(r'\\1-\\2-')), repr(re.sub('(a)(b)?', r'[\\2]', 'a')))",
    "'a--' '[]'\n",
  ],
  [
    "print(re.findall(r'\\d+|[a-z]+', 'ab12cd3'), [m.lastindex for m in re.finditer(r'(\\d+)|([a-",
    "import re\nprint(re.findall(r'\\d+|[a-z]+', 'ab12cd3'), [m.lastindex for m in re.finditer(r'(\\d+)|([a-z]+)', 'ab12')])",
    "['ab', '12', 'cd', '3'] [2, 1]\n",
  ],
  [
    "print(re.compile('a', re.I).search('A').re, re.compile('x').search('x').re.pattern)",
    "import re\nprint(re.compile('a', re.I).search('A').re, re.compile('x').search('x').re.pattern)",
    "re.compile('a', re.IGNORECASE) x\n",
  ],
  [
    "print(re.compile('a') == re.compile('a'), hash(re.compile('a')) == hash(re.compile('a')), ",
    "import re\nprint(re.compile('a') == re.compile('a'), hash(re.compile('a')) == hash(re.compile('a')), re.compile('a') == re.compile('a', re.I))",
    'True True False\n',
  ],
  [
    "print(re.search(r'colou?r', 'The color and colour'), re.findall(r'colou?r', 'color colour ",
    "import re\nprint(re.search(r'colou?r', 'The color and colour'), re.findall(r'colou?r', 'color colour colouur'))",
    "<re.Match object; span=(4, 9), match='color'> ['color', 'colour']\n",
  ],
  [
    'words = re.findall(r"[A-Za-z\']+", "It\'s a dog\'s life, isn\'t it?"); print(words, len(words)',
    'import re\nwords = re.findall(r"[A-Za-z\']+", "It\'s a dog\'s life, isn\'t it?"); print(words, len(words))',
    "[\"It's\", 'a', \"dog's\", 'life', \"isn't\", 'it'] 6\n",
  ],
  [
    "print(re.sub(r'([A-Z])', r'_\\1', 'camelCaseString').lower(), re.sub(r'_([a-z])', lambda m:",
    "import re\nprint(re.sub(r'([A-Z])', r'_\\1', 'camelCaseString').lower(), re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_x'))",
    'camel_case_string snakeCaseX\n',
  ],
  [
    "print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower())",
    "import re\nprint(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower())",
    'camel_case_string\n',
  ],
  [
    "print(re.split(r'(?<=[.!?])\\s+', 'Hi. How are you? Fine!'), re.split(r'(?<=,)', 'a,b,c'))",
    "import re\nprint(re.split(r'(?<=[.!?])\\s+', 'Hi. How are you? Fine!'), re.split(r'(?<=,)', 'a,b,c'))",
    "['Hi.', 'How are you?', 'Fine!'] ['a,', 'b,', 'c']\n",
  ],
  [
    "print(re.findall(r'\\b[A-Z][a-z]*\\b', 'Hello World and Python'), re.findall(r'[A-Z]{2,}', '",
    "import re\nprint(re.findall(r'\\b[A-Z][a-z]*\\b', 'Hello World and Python'), re.findall(r'[A-Z]{2,}', 'NASA and FBI x'))",
    "['Hello', 'World', 'Python'] ['NASA', 'FBI']\n",
  ],
  [
    "print(re.match(r'^(\\+\\d{1,3})?[\\s.-]?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}$', '+1 (555) 123-",
    "import re\nprint(re.match(r'^(\\+\\d{1,3})?[\\s.-]?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}$', '+1 (555) 123-4567') is not None)",
    'True\n',
  ],
  [
    "print(re.sub(r'\\d+', lambda m: str(int(m.group()) + 1), 'v1.9.99'), re.sub(r'(\\d+)', r'<\\1",
    "import re\nprint(re.sub(r'\\d+', lambda m: str(int(m.group()) + 1), 'v1.9.99'), re.sub(r'(\\d+)', r'<\\1>', 'a1b22'))",
    'v2.10.100 a<1>b<22>\n',
  ],
  [
    "print(re.findall('.', 'a\\nb'), re.findall('.', 'a\\rb'), re.findall('.', 'a\\u2028b'))",
    "import re\nprint(re.findall('.', 'a\\nb'), re.findall('.', 'a\\rb'), re.findall('.', 'a\\u2028b'))",
    "['a', 'b'] ['a', '\\r', 'b'] ['a', '\\u2028', 'b']\n",
  ],
  [
    "print(re.findall('[^\\n]', 'a\\nb'), re.findall('\\\\n', 'a\\nb'), re.findall(r'a.b', 'a\\nb a\\r",
    "import re\nprint(re.findall('[^\\n]', 'a\\nb'), re.findall('\\\\n', 'a\\nb'), re.findall(r'a.b', 'a\\nb a\\rb'))",
    "['a', 'b'] ['\\n'] ['a\\rb']\n",
  ],
  [
    "print(re.search(r'\\s$', 'a \\n'), re.search(r'\\n$', 'a\\n'), re.search(r'\\n\\Z', 'a\\n'), re.f",
    "import re\nprint(re.search(r'\\s$', 'a \\n'), re.search(r'\\n$', 'a\\n'), re.search(r'\\n\\Z', 'a\\n'), re.findall(r'$', ''))",
    "<re.Match object; span=(1, 2), match=' '> <re.Match object; span=(1, 2), match='\\n'> <re.Match object; span=(1, 2), match='\\n'> ['']\n",
  ],
  [
    "print(re.findall(r'^', 'a\\nb\\n', re.M), re.sub('^', '#', 'a\\nb\\n', flags=re.M))",
    "import re\nprint(re.findall(r'^', 'a\\nb\\n', re.M), re.sub('^', '#', 'a\\nb\\n', flags=re.M))",
    "['', '', ''] #a\n#b\n#\n",
  ],
  [
    "print(re.sub('$', '#', 'a\\nb\\n', flags=re.M), re.sub('$', '#', 'a\\nb\\n'))",
    "import re\nprint(re.sub('$', '#', 'a\\nb\\n', flags=re.M), re.sub('$', '#', 'a\\nb\\n'))",
    'a#\nb#\n# a\nb#\n#\n',
  ],
  [
    "print(re.findall(r'(?i)ǅ', 'ǄǅǆDž'), re.findall('(?i)σ', 'Σσς'), re.findall('(?i)ß', 'ßẞ')",
    "import re\nprint(re.findall(r'(?i)ǅ', 'ǄǅǆDž'), re.findall('(?i)σ', 'Σσς'), re.findall('(?i)ß', 'ßẞ'), re.findall('(?i)i', 'İı'))",
    "['Ǆ', 'ǅ', 'ǆ'] ['Σ', 'σ', 'ς'] ['ß', 'ẞ'] ['İ', 'ı']\n",
  ],
  [
    "print(re.findall('(?i)[σ]', 'Σσς'), re.findall('(?i)[a-z]', 'K\\u212a'), re.findall('(?ia)k",
    "import re\nprint(re.findall('(?i)[σ]', 'Σσς'), re.findall('(?i)[a-z]', 'K\\u212a'), re.findall('(?ia)k', 'K\\u212a'))",
    "['Σ', 'σ', 'ς'] ['K', 'K'] ['K']\n",
  ],
  [
    "print(re.match(r'(?P<year>\\d{4})-(?P<month>\\d\\d)', '2024-05').group('year', 'month'), re.m",
    "import re\nprint(re.match(r'(?P<year>\\d{4})-(?P<month>\\d\\d)', '2024-05').group('year', 'month'), re.match('(?P<a>.)', 'x').start('a'))",
    "('2024', '05') 0\n",
  ],
  [
    "print(re.search(r'(?P<a>x)', 'x').groupdict(), re.search('x', 'x').groupdict(), re.search(",
    "import re\nprint(re.search(r'(?P<a>x)', 'x').groupdict(), re.search('x', 'x').groupdict(), re.search('x', 'x').groups())",
    "{'a': 'x'} {} ()\n",
  ],
  [
    "print(re.findall(r'[a-z]+\\d*', 'abc12 de f3'), re.findall(r'\\d{2,4}', '1 12 12345'), re.fi",
    "import re\nprint(re.findall(r'[a-z]+\\d*', 'abc12 de f3'), re.findall(r'\\d{2,4}', '1 12 12345'), re.findall(r'\\d{2,4}?', '12345'))",
    "['abc12', 'de', 'f3'] ['12', '1234'] ['12', '34']\n",
  ],
  [
    "print(re.findall(r'a{0}', 'aa'), re.match('a{0,0}b', 'b'), re.findall('(ab){2}', 'ababab')",
    "import re\nprint(re.findall(r'a{0}', 'aa'), re.match('a{0,0}b', 'b'), re.findall('(ab){2}', 'ababab'))",
    "['', '', ''] <re.Match object; span=(0, 1), match='b'> ['ab']\n",
  ],
  [
    "print(re.match('x*', 'xxx').end(), re.match('(x)*', 'xxx').span(1), re.match('(x)*y', 'xxy",
    "import re\nprint(re.match('x*', 'xxx').end(), re.match('(x)*', 'xxx').span(1), re.match('(x)*y', 'xxy').group(1))",
    '3 (2, 3) x\n',
  ],
  [
    "print(re.search('(?P<n>a)+', 'aaa').span('n'), re.search('(a|(b))+', 'ab').groups(), re.se",
    "import re\nprint(re.search('(?P<n>a)+', 'aaa').span('n'), re.search('(a|(b))+', 'ab').groups(), re.search('(a|(b))+', 'ba').groups())",
    "(2, 3) ('b', 'b') ('a', 'b')\n",
  ],
  [
    "print(re.split('a', 'bab', maxsplit=0), re.split('a', 'babab', 1), re.split('(a)', 'bab', ",
    "import re\nprint(re.split('a', 'bab', maxsplit=0), re.split('a', 'babab', 1), re.split('(a)', 'bab', flags=re.I), re.split('A', 'bab', 0, re.I))",
    "['b', 'b'] ['b', 'bab'] ['b', 'a', 'b'] ['b', 'b']\n",
  ],
  [
    "print(re.sub('a', 'b', 'a', 1, 0), re.subn('(?i)a', 'x', 'AaA', count=2))",
    "import re\nprint(re.sub('a', 'b', 'a', 1, 0), re.subn('(?i)a', 'x', 'AaA', count=2))",
    "b ('xxA', 2)\n",
  ],
  [
    "print(re.findall('a', 'a', 0), re.search('a', 'A', 2), re.fullmatch('a', 'A', re.I), re.fi",
    "import re\nprint(re.findall('a', 'a', 0), re.search('a', 'A', 2), re.fullmatch('a', 'A', re.I), re.finditer('a', 'a', re.I).__class__.__name__)",
    "['a'] <re.Match object; span=(0, 1), match='A'> <re.Match object; span=(0, 1), match='A'> callable_iterator\n",
  ],
  [
    "re.findall('a', 'a', re.I, 5)",
    "import re\nre.findall('a', 'a', re.I, 5)",
    'EXC TypeError: findall() takes from 2 to 3 positional arguments but 4 were given\n',
  ],
  [
    "re.sub('a')",
    "import re\nre.sub('a')",
    "EXC TypeError: sub() missing 2 required positional arguments: 'repl' and 'string'\n",
  ],
  [
    "re.search('a', 'a', pos=1)",
    "import re\nre.search('a', 'a', pos=1)",
    "EXC TypeError: search() got an unexpected keyword argument 'pos'\n",
  ],
  [
    "re.compile('a').search('a', bogus=1)",
    "import re\nre.compile('a').search('a', bogus=1)",
    "EXC TypeError: 'bogus' is an invalid keyword argument for search()\n",
  ],
  [
    "re.compile('a').search()",
    "import re\nre.compile('a').search()",
    "EXC TypeError: search() missing required argument 'string' (pos 1)\n",
  ],
  [
    "print(re.compile('a').findall(string='a'), re.compile('a').sub(repl='b', string='a'), re.c",
    "import re\nprint(re.compile('a').findall(string='a'), re.compile('a').sub(repl='b', string='a'), re.compile('a').split(string='bab', maxsplit=1))",
    "['a'] b ['b', 'b']\n",
  ],
  [
    "print(re.sub(pattern='a', repl='b', string='aa', count=1), re.search(pattern='a', string='",
    "import re\nprint(re.sub(pattern='a', repl='b', string='aa', count=1), re.search(pattern='a', string='a'), re.split(pattern='a', string='bab'))",
    "ba <re.Match object; span=(0, 1), match='a'> ['b', 'b']\n",
  ],
  [
    'import re as regex',
    "import re\nimport re as regex\nprint(regex.sub(r'(.)\\1+', r'\\1', 'aaabbbcdd'), re.sub(r'(.)(?=.*\\1)', '', 'abcabc'))",
    'abcd abc\n',
  ],
  [
    "print(re.findall(r'(\\w)(?!.*\\1)', 'abcabd'), re.findall(r'(?:^|,)([^,]*)', 'a,,b'))",
    "import re\nprint(re.findall(r'(\\w)(?!.*\\1)', 'abcabd'), re.findall(r'(?:^|,)([^,]*)', 'a,,b'))",
    "['c', 'a', 'b', 'd'] ['a', '', 'b']\n",
  ],
  [
    "print(re.findall(r'[+-]?\\d+(?:\\.\\d+)?', 'x -1.5 +2 3.'), re.findall(r'\\$\\d+(?:\\.\\d{2})?', ",
    "import re\nprint(re.findall(r'[+-]?\\d+(?:\\.\\d+)?', 'x -1.5 +2 3.'), re.findall(r'\\$\\d+(?:\\.\\d{2})?', '$5 $5.50 $5.5'))",
    "['-1.5', '+2', '3'] ['$5', '$5.50', '$5']\n",
  ],
  [
    "print(re.sub(r'[^a-zA-Z0-9]', '', 'A man, a plan!').lower(), re.sub(r'\\W', '', 'héllo, wör",
    "import re\nprint(re.sub(r'[^a-zA-Z0-9]', '', 'A man, a plan!').lower(), re.sub(r'\\W', '', 'héllo, wörld!'))",
    'amanaplan héllowörld\n',
  ],
  [
    "print(re.findall(r'[aeiou]', 'Programming Language', re.I), len(re.findall('[aeiouAEIOU]',",
    "import re\nprint(re.findall(r'[aeiou]', 'Programming Language', re.I), len(re.findall('[aeiouAEIOU]', 'Hello World')))",
    "['o', 'a', 'i', 'a', 'u', 'a', 'e'] 3\n",
  ],
  [
    "print(re.compile(r'\\s+').split(' a  b '), re.compile(r'x').split('axbxc', 1), re.compile('",
    "import re\nprint(re.compile(r'\\s+').split(' a  b '), re.compile(r'x').split('axbxc', 1), re.compile('(x)').split('axb'))",
    "['', 'a', 'b', ''] ['a', 'bxc'] ['a', 'x', 'b']\n",
  ],
  [
    "print(re.search('^abc', 'xabc', re.M), re.search('^abc', 'x\\nabc', re.M).span(), re.search",
    "import re\nprint(re.search('^abc', 'xabc', re.M), re.search('^abc', 'x\\nabc', re.M).span(), re.search(r'\\Aabc', 'x\\nabc', re.M))",
    'None (2, 5) None\n',
  ],
  [
    "print(re.match(r'\\w+@\\w+\\.com$', 'a@b.com\\n'), re.fullmatch(r'\\w+@\\w+\\.com', 'a@b.com\\n'))",
    "import re\nprint(re.match(r'\\w+@\\w+\\.com$', 'a@b.com\\n'), re.fullmatch(r'\\w+@\\w+\\.com', 'a@b.com\\n'))",
    "<re.Match object; span=(0, 7), match='a@b.com'> None\n",
  ],
  [
    "print(re.findall('\\\\d+', '٠١٢ 345', re.A), re.findall('[\\\\d]+', '٠١٢ 345'), re.findall('[\\",
    "import re\nprint(re.findall('\\\\d+', '٠١٢ 345', re.A), re.findall('[\\\\d]+', '٠١٢ 345'), re.findall('[\\\\w]+', 'é1', re.A), re.findall('[\\\\s]+', '\\u00a0 ', re.A))",
    "['345'] ['٠١٢', '345'] ['1'] [' ']\n",
  ],
  [
    "print(re.findall(r'\\W', 'é!', re.A), re.findall(r'\\D', '٣a'), re.findall(r'\\S', '\\u00a0a',",
    "import re\nprint(re.findall(r'\\W', 'é!', re.A), re.findall(r'\\D', '٣a'), re.findall(r'\\S', '\\u00a0a', re.A), re.findall(r'[\\W]', 'é!', re.A))",
    "['é', '!'] ['a'] ['\\xa0', 'a'] ['é', '!']\n",
  ],
  [
    "print(re.findall(r'\\b\\w', 'é a', re.A), re.findall(r'(?i)é', 'É'), re.findall(r'(?ai)é', '",
    "import re\nprint(re.findall(r'\\b\\w', 'é a', re.A), re.findall(r'(?i)é', 'É'), re.findall(r'(?ai)é', 'É'))",
    "['a'] ['É'] []\n",
  ],
  [
    "print(re.sub(r'(?P<w>\\w+)', r'\\g<w>!', 'hi yo', 1), re.sub(r'\\w', r'\\g<0>\\g<0>', 'ab', cou",
    "import re\nprint(re.sub(r'(?P<w>\\w+)', r'\\g<w>!', 'hi yo', 1), re.sub(r'\\w', r'\\g<0>\\g<0>', 'ab', count=1))",
    'hi! yo aab\n',
  ],
  [
    "print(re.findall(r'[^]', ']'))",
    "import re\nprint(re.findall(r'[^]', ']'))",
    'EXC error: unterminated character set at position 0\n',
  ],
  [
    "print(re.findall(r'[a\\-z]', 'a-z'), re.findall(r'[\\w-]', 'a-!'), re.findall(r'[a-\\d]', 'x'",
    "import re\nprint(re.findall(r'[a\\-z]', 'a-z'), re.findall(r'[\\w-]', 'a-!'), re.findall(r'[a-\\d]', 'x'))",
    'EXC error: bad character range a-\\d at position 1\n',
  ],
  [
    "print(re.findall(r'[\\d-z]', '5-z'))",
    "import re\nprint(re.findall(r'[\\d-z]', '5-z'))",
    'EXC error: bad character range \\d-z at position 1\n',
  ],
  [
    "print(re.compile('a').match('a').__class__, re.compile('a').__class__)",
    "import re\nprint(re.compile('a').match('a').__class__, re.compile('a').__class__)",
    "<class 're.Match'> <class 're.Pattern'>\n",
  ],
  [
    "print(str(re.compile('a')), str(re.match('a', 'a')), f'{re.compile(\"b\")!r}')",
    "import re\nprint(str(re.compile('a')), str(re.match('a', 'a')), f'{re.compile(\"b\")!r}')",
    "re.compile('a') <re.Match object; span=(0, 1), match='a'> re.compile('b')\n",
  ],
  [
    "print(re.compile('\\n'), re.compile('\\\\n'), re.compile(r'\\d\\\\'), re.compile('\"'), re.compil",
    "import re\nprint(re.compile('\\n'), re.compile('\\\\n'), re.compile(r'\\d\\\\'), re.compile('\"'), re.compile('\\'\"'))",
    "re.compile('\\n') re.compile('\\\\n') re.compile('\\\\d\\\\\\\\') re.compile('\"') re.compile('\\'\"')\n",
  ],
  [
    "print(re.compile('😀'), re.compile('é'), re.match('\\t', '\\t'), re.match('.', '\\x00'), re.ma",
    "import re\nprint(re.compile('😀'), re.compile('é'), re.match('\\t', '\\t'), re.match('.', '\\x00'), re.match('\\U0001F600', '😀'))",
    "re.compile('😀') re.compile('é') <re.Match object; span=(0, 1), match='\\t'> <re.Match object; span=(0, 1), match='\\x00'> <re.Match object; span=(0, 1), match='😀'>\n",
  ],
  [
    "print(re.compile('a' * 300))",
    "import re\nprint(re.compile('a' * 300))",
    "re.compile('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)\n",
  ],
  [
    "print(re.match('a*', 'a' * 100))",
    "import re\nprint(re.match('a*', 'a' * 100))",
    "<re.Match object; span=(0, 100), match='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa>\n",
  ],
  [
    "print(re.compile('x', re.I | re.M | re.S | re.X | re.A | re.U))",
    "import re\nprint(re.compile('x', re.I | re.M | re.S | re.X | re.A | re.U))",
    'EXC ValueError: ASCII and UNICODE flags are incompatible\n',
  ],
  [
    "print(re.compile('x', re.DEBUG) if False else None, re.compile('x', 512))",
    "import re\nprint(re.compile('x', re.DEBUG) if False else None, re.compile('x', 512))",
    "None re.compile('x', 0x200)\n",
  ],
  [
    "print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -2), re.split('a', 'bab'",
    "import re\nprint(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -2), re.split('a', 'bab', maxsplit=-5))",
    "aaa ('aaa', 0) ['bab']\n",
  ],
  [
    "s = 'ab😀cd😀😀ef'",
    "import re\ns = 'ab😀cd😀😀ef'\nprint([m.span() for m in re.finditer('[a-z]+', s)], [m.start() for m in re.finditer('', s)])",
    '[(0, 2), (3, 5), (7, 9)] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n',
  ],
  [
    "s = '😀x😀y'",
    "import re\ns = '😀x😀y'\np = re.compile('[xy]')\nprint(p.search(s, 1), p.search(s, 2), p.search(s, 3), p.match(s, 1), p.fullmatch(s, 1, 2), p.findall(s, 2), p.findall(s, 0, 3))",
    "<re.Match object; span=(1, 2), match='x'> <re.Match object; span=(3, 4), match='y'> <re.Match object; span=(3, 4), match='y'> <re.Match object; span=(1, 2), match='x'> <re.Match object; span=(1, 2), match='x'> ['y'] ['x']\n",
  ],
  [
    "s = '😀x😀y' #2",
    "import re\ns = '😀x😀y'\nprint([(m.pos, m.endpos, m.span()) for m in re.compile('.').finditer(s, 1, 3)], re.compile('$').search(s, 0, 2))",
    "[(1, 3, (1, 2)), (1, 3, (2, 3))] <re.Match object; span=(2, 2), match=''>\n",
  ],
  [
    "s = 'a😀b'",
    "import re\ns = 'a😀b'\nm = re.match('(a)(😀)(b)', s); print(m.regs, m.span(2), m.end(3), s[m.start(2):m.end(2)], m.endpos)",
    '((0, 3), (0, 1), (1, 2), (2, 3)) (1, 2) 3 😀 3\n',
  ],
  [
    "print(re.split(r'(?<=😀)', 'a😀b😀'), re.sub('(?<=😀)', '|', '😀😀'), re.findall(r'\\b', '😀a😀'))",
    "import re\nprint(re.split(r'(?<=😀)', 'a😀b😀'), re.sub('(?<=😀)', '|', '😀😀'), re.findall(r'\\b', '😀a😀'))",
    "['a😀', 'b😀', ''] 😀|😀| ['', '']\n",
  ],
  [
    "print(re.sub('😀', lambda m: str(m.span()), 'x😀y😀'), re.subn('', '-', '😀'))",
    "import re\nprint(re.sub('😀', lambda m: str(m.span()), 'x😀y😀'), re.subn('', '-', '😀'))",
    "x(1, 2)y(3, 4) ('-😀-', 2)\n",
  ],
  [
    "print(re.search(r'\\w+', '😀😀héllo').span(), re.search(r'(?P<w>\\w+)$', '😀 wörld').start('w')",
    "import re\nprint(re.search(r'\\w+', '😀😀héllo').span(), re.search(r'(?P<w>\\w+)$', '😀 wörld').start('w'))",
    '(2, 7) 2\n',
  ],
  [
    "m = re.search('b+', '😀'*3 + 'bbb'); print(m, repr(m), str(m))",
    "import re\nm = re.search('b+', '😀'*3 + 'bbb'); print(m, repr(m), str(m))",
    "<re.Match object; span=(3, 6), match='bbb'> <re.Match object; span=(3, 6), match='bbb'> <re.Match object; span=(3, 6), match='bbb'>\n",
  ],
  [
    "print(re.match('.{3}', '😀a😀b'), re.match('[^a]{2}', '😀😀a'), re.findall('😀{2}', '😀😀😀😀😀'))",
    "import re\nprint(re.match('.{3}', '😀a😀b'), re.match('[^a]{2}', '😀😀a'), re.findall('😀{2}', '😀😀😀😀😀'))",
    "<re.Match object; span=(0, 3), match='😀a😀'> <re.Match object; span=(0, 2), match='😀😀'> ['😀😀', '😀😀']\n",
  ],
  [
    "print(re.findall('(?i)[a-z]', 'aBß'), re.findall('(?i)[^a-z]', 'aBßé'), re.findall('(?i)ẞ'",
    "import re\nprint(re.findall('(?i)[a-z]', 'aBß'), re.findall('(?i)[^a-z]', 'aBßé'), re.findall('(?i)ẞ', 'ßẞ'), re.findall('(?i)[ß]', 'ẞß'))",
    "['a', 'B'] ['ß', 'é'] ['ß', 'ẞ'] ['ẞ', 'ß']\n",
  ],
  [
    "print(re.findall('(?i)[À-Ö]', 'àÀöÖ×÷'), re.findall('(?i)[α-ω]', 'ΑΩαω'), re.findall('(?i)",
    "import re\nprint(re.findall('(?i)[À-Ö]', 'àÀöÖ×÷'), re.findall('(?i)[α-ω]', 'ΑΩαω'), re.findall('(?i)[а-я]+', 'Привет'))",
    "['à', 'À', 'ö', 'Ö'] ['Α', 'Ω', 'α', 'ω'] ['Привет']\n",
  ],
  [
    "print(re.findall('(?i)[k]', 'kK\\u212a'), re.findall('(?i)[a-z]', '\\u212a\\u017f'), re.finda",
    "import re\nprint(re.findall('(?i)[k]', 'kK\\u212a'), re.findall('(?i)[a-z]', '\\u212a\\u017f'), re.findall('(?ai)[a-z]', '\\u212a\\u017fKs'))",
    "['k', 'K', 'K'] ['K', 'ſ'] ['K', 's']\n",
  ],
  [
    "print(re.findall('(?i)[^k]', 'kK\\u212ax'), re.findall('[^\\\\W\\\\d]+', 'ab12cd_3'), re.findal",
    "import re\nprint(re.findall('(?i)[^k]', 'kK\\u212ax'), re.findall('[^\\\\W\\\\d]+', 'ab12cd_3'), re.findall('[\\\\W\\\\d]', 'a1!b'))",
    "['x'] ['ab', 'cd_'] ['1', '!']\n",
  ],
  [
    "print(re.findall(r'(?i)(a)\\1', 'aA Aa aa'), re.findall(r'(?i)(ab)\\1', 'abAB'), re.findall(",
    "import re\nprint(re.findall(r'(?i)(a)\\1', 'aA Aa aa'), re.findall(r'(?i)(ab)\\1', 'abAB'), re.findall(r'(a)(?i:\\1)', 'aA'))",
    "['a', 'A', 'a'] ['ab'] ['a']\n",
  ],
  [
    "print(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?-i:b)', 'ab Ab aB AB', re.I), r",
    "import re\nprint(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?-i:b)', 'ab Ab aB AB', re.I), re.findall('(?s:.)(.)', 'a\\nb\\n'))",
    "['ab', 'Ab'] ['ab', 'Ab'] ['b']\n",
  ],
  [
    "print(re.findall('(?m:^x)|^y', 'y\\nx\\ny'), re.findall('(?x: a b )c', 'abc ab c'), re.finda",
    "import re\nprint(re.findall('(?m:^x)|^y', 'y\\nx\\ny'), re.findall('(?x: a b )c', 'abc ab c'), re.findall('(?a:\\\\w)+', 'éa1'))",
    "['y', 'x'] ['abc'] ['a1']\n",
  ],
  [
    "print(re.match('(?>a+)b', 'aaab'), re.match('(?>a+)a', 'aaa'), re.match('(?>(a)|b)+', 'aab",
    "import re\nprint(re.match('(?>a+)b', 'aaab'), re.match('(?>a+)a', 'aaa'), re.match('(?>(a)|b)+', 'aab').groups())",
    "<re.Match object; span=(0, 4), match='aaab'> None ('a',)\n",
  ],
  [
    "print(re.match('a++a', 'aaa'), re.match('a*+b', 'aab'), re.match('(ab)?+', 'ab').group(1),",
    "import re\nprint(re.match('a++a', 'aaa'), re.match('a*+b', 'aab'), re.match('(ab)?+', 'ab').group(1), re.match('\\\\d{2}+', '123'))",
    "None <re.Match object; span=(0, 3), match='aab'> ab <re.Match object; span=(0, 2), match='12'>\n",
  ],
  [
    "print(re.findall(r'(?<=\\d{3})x', '123x 12x'), re.findall(r'(?<=(\\w))x', 'ax bx'), re.finda",
    "import re\nprint(re.findall(r'(?<=\\d{3})x', '123x 12x'), re.findall(r'(?<=(\\w))x', 'ax bx'), re.findall('(?<!a)(?<!b)c', 'ac bc cc'))",
    "['x'] ['a', 'b'] ['c', 'c']\n",
  ],
  [
    "print(re.sub(r'(?P<a>x)|(?P<b>y)', lambda m: m.lastgroup, 'xyx'), [m.lastindex for m in re",
    "import re\nprint(re.sub(r'(?P<a>x)|(?P<b>y)', lambda m: m.lastgroup, 'xyx'), [m.lastindex for m in re.finditer(r'((a)|(b))', 'ab')])",
    'aba [1, 1]\n',
  ],
  [
    "m = re.match(r'((a))', 'a'); print(m.lastindex)",
    "import re\nm = re.match(r'((a))', 'a'); print(m.lastindex)",
    '1\n',
  ],
  [
    "m = re.match(r'(a)(b)((c)(d))?', 'abcd'); print(m.lastindex, m.groups())",
    "import re\nm = re.match(r'(a)(b)((c)(d))?', 'abcd'); print(m.lastindex, m.groups())",
    "3 ('a', 'b', 'cd', 'c', 'd')\n",
  ],
  [
    "m = re.match(r'(a)()', 'a'); print(m.lastindex)",
    "import re\nm = re.match(r'(a)()', 'a'); print(m.lastindex)",
    '2\n',
  ],
  [
    "m = re.match(r'(?P<x>a(?P<y>b))', 'ab'); print(m.lastindex, m.lastgroup)",
    "import re\nm = re.match(r'(?P<x>a(?P<y>b))', 'ab'); print(m.lastindex, m.lastgroup)",
    '1 x\n',
  ],
  [
    "print(re.sub('a', r'\\g<1>', 'a'))",
    "import re\nprint(re.sub('a', r'\\g<1>', 'a'))",
    'EXC error: invalid group reference 1 at position 3\n',
  ],
  ["print(re.sub('(a)', r'\\g<+1>', 'a'))", "import re\nprint(re.sub('(a)', r'\\g<+1>', 'a'))", 'a\n'],
  [
    "print(re.sub('(a)', r'\\g<1a>', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\g<1a>', 'a'))",
    "EXC error: bad character in group name '1a' at position 3\n",
  ],
  [
    "print(re.sub('(a)', r'\\g', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\g', 'a'))",
    'EXC error: missing < at position 2\n',
  ],
  [
    "print(re.sub('(a)', r'\\1\\g<1>\\g<0>\\0', 'xa'))",
    "import re\nprint(re.sub('(a)', r'\\1\\g<1>\\g<0>\\0', 'xa'))",
    'xaaa\u0000\n',
  ],
  [
    "print(re.sub('(a)', r'\\400', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\400', 'a'))",
    'EXC error: octal escape value \\400 outside of range 0-0o377 at position 0\n',
  ],
  ["print(re.sub('(a)', r'\\141\\1', 'a'))", "import re\nprint(re.sub('(a)', r'\\141\\1', 'a'))", 'aa\n'],
  [
    "print(re.sub('(a)', r'\\8', 'a'))",
    "import re\nprint(re.sub('(a)', r'\\8', 'a'))",
    'EXC error: invalid group reference 8 at position 1\n',
  ],
  [
    "print(re.sub('(a)', 'x\\\\', 'a'))",
    "import re\nprint(re.sub('(a)', 'x\\\\', 'a'))",
    'EXC error: bad escape (end of pattern) at position 1\n',
  ],
  [
    "print(re.sub('a', '\\\\-\\\\.\\\\é', 'a'))",
    "import re\nprint(re.sub('a', '\\\\-\\\\.\\\\é', 'a'))",
    '\\-\\.\\é\n',
  ],
  [
    "print(re.sub('(a)(b)?', lambda m: m.group(2), 'ab a'))",
    "import re\nprint(re.sub('(a)(b)?', lambda m: m.group(2), 'ab a'))",
    'b \n',
  ],
  [
    "print(re.sub('a', lambda m: None, 'bab'), re.subn('a', lambda m: '', 'aa'))",
    "import re\nprint(re.sub('a', lambda m: None, 'bab'), re.subn('a', lambda m: '', 'aa'))",
    "bb ('', 2)\n",
  ],
  [
    "print(re.sub('a', lambda m: 1, 'xay'))",
    "import re\nprint(re.sub('a', lambda m: 1, 'xay'))",
    'EXC TypeError: sequence item 1: expected str instance, int found\n',
  ],
  [
    "print(re.sub('a', lambda m: 1, 'ay'))",
    "import re\nprint(re.sub('a', lambda m: 1, 'ay'))",
    'EXC TypeError: sequence item 0: expected str instance, int found\n',
  ],
  [
    "print(re.sub('a', None, 'a'))",
    "import re\nprint(re.sub('a', None, 'a'))",
    'EXC TypeError: decoding to str: need a bytes-like object, NoneType found\n',
  ],
  [
    "print(re.sub('a', b'x', 'a'))",
    "import re\nprint(re.sub('a', b'x', 'a'))",
    'EXC TypeError: sequence item 0: expected str instance, bytes found\n',
  ],
  [
    "print(re.split('a', 5))",
    "import re\nprint(re.split('a', 5))",
    "EXC TypeError: expected string or bytes-like object, got 'int'\n",
  ],
  [
    "print(re.findall(b'a', 'a'))",
    "import re\nprint(re.findall(b'a', 'a'))",
    'EXC TypeError: cannot use a bytes pattern on a string-like object\n',
  ],
  [
    "re.compile('a', 'x')",
    "import re\nre.compile('a', 'x')",
    "EXC TypeError: unsupported operand type(s) for &: 'str' and 'RegexFlag'\n",
  ],
  [
    "re.compile('a', re.A | re.U)",
    "import re\nre.compile('a', re.A | re.U)",
    'EXC ValueError: ASCII and UNICODE flags are incompatible\n',
  ],
  [
    "print(re.escape('😀'), re.escape(''), re.escape('a b\\tc'), re.escape('\\x00'), re.escape('-_",
    "import re\nprint(re.escape('😀'), re.escape(''), re.escape('a b\\tc'), re.escape('\\x00'), re.escape('-_'))",
    '😀  a\\ b\\\tc \u0000 \\-_\n',
  ],
  [
    're.escape(5)',
    'import re\nre.escape(5)',
    'EXC TypeError: decoding to str: need a bytes-like object, int found\n',
  ],
  [
    "print(re.compile('(?P<a>x)').groupindex, re.compile('(a)(b)').groupindex, type(re.compile(",
    "import re\nprint(re.compile('(?P<a>x)').groupindex, re.compile('(a)(b)').groupindex, type(re.compile('x').groupindex).__name__)",
    "{'a': 1} {} dict\n",
  ],
  [
    "print(re.compile('a').match('a', 0, -1), re.compile('a').search('ba', -5), re.compile('a')",
    "import re\nprint(re.compile('a').match('a', 0, -1), re.compile('a').search('ba', -5), re.compile('a').findall('aaa', 10))",
    "None <re.Match object; span=(1, 2), match='a'> []\n",
  ],
  [
    "m = re.compile('a').search('xa', 1); print(m.pos, m.endpos, m.string)",
    "import re\nm = re.compile('a').search('xa', 1); print(m.pos, m.endpos, m.string)",
    '1 2 xa\n',
  ],
  [
    "m = re.match('a', 'a'); print(m.group(0), m.group(False), m.group(True) if False else '', ",
    "import re\nm = re.match('a', 'a'); print(m.group(0), m.group(False), m.group(True) if False else '', m[False])",
    'a a  a\n',
  ],
  [
    "m = re.match('(a)', 'a'); print(m.group(True))",
    "import re\nm = re.match('(a)', 'a'); print(m.group(True))",
    'a\n',
  ],
  [
    "m = re.match('(a)', 'a'); print(m.group(2))",
    "import re\nm = re.match('(a)', 'a'); print(m.group(2))",
    'EXC IndexError: no such group\n',
  ],
  [
    "m = re.match('(a)', 'a'); print(m['x'])",
    "import re\nm = re.match('(a)', 'a'); print(m['x'])",
    'EXC IndexError: no such group\n',
  ],
  [
    "m = re.match('(a)', 'a'); print(m.start(5))",
    "import re\nm = re.match('(a)', 'a'); print(m.start(5))",
    'EXC IndexError: no such group\n',
  ],
  [
    "m = re.match('(?P<n>a)', 'a'); print(m.group('n', 1), m.start('n'), m.span('n'))",
    "import re\nm = re.match('(?P<n>a)', 'a'); print(m.group('n', 1), m.start('n'), m.span('n'))",
    "('a', 'a') 0 (0, 1)\n",
  ],
  [
    "print(re.match('a', 'a').expand(r'[\\g<0>]'), re.match('(a)', 'a').expand('\\\\1\\\\n'))",
    "import re\nprint(re.match('a', 'a').expand(r'[\\g<0>]'), re.match('(a)', 'a').expand('\\\\1\\\\n'))",
    '[a] a\n\n',
  ],
  [
    "print(re.fullmatch('a|ab', 'ab'), re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd'), re.fullmatch(",
    "import re\nprint(re.fullmatch('a|ab', 'ab'), re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd'), re.fullmatch('a*?', 'aa'))",
    "<re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 4), match='abcd'> <re.Match object; span=(0, 2), match='aa'>\n",
  ],
  [
    "print(re.fullmatch('a$', 'a\\n'), re.fullmatch('a\\n?', 'a\\n'), re.compile('b').fullmatch('a",
    "import re\nprint(re.fullmatch('a$', 'a\\n'), re.fullmatch('a\\n?', 'a\\n'), re.compile('b').fullmatch('abc', 1, 2))",
    "None <re.Match object; span=(0, 2), match='a\\n'> <re.Match object; span=(1, 2), match='b'>\n",
  ],
  [
    "print(re.search(r'\\Z', 'ab\\n').span(), re.search('$', 'ab\\n').span(), re.search('\\\\n$', 'a",
    "import re\nprint(re.search(r'\\Z', 'ab\\n').span(), re.search('$', 'ab\\n').span(), re.search('\\\\n$', 'ab\\n\\n'))",
    "(3, 3) (2, 2) <re.Match object; span=(2, 3), match='\\n'>\n",
  ],
  [
    "print(re.findall(r'\\d{1,3}(?=(\\d{3})+(?!\\d))', '1234567'), re.sub(r'\\B(?=(\\d{3})+(?!\\d))',",
    "import re\nprint(re.findall(r'\\d{1,3}(?=(\\d{3})+(?!\\d))', '1234567'), re.sub(r'\\B(?=(\\d{3})+(?!\\d))', ',', '1234567'))",
    "['567', '567'] 1,234,567\n",
  ],
  [
    "print(re.findall(r'^(?=.*\\d)(?=.*[a-z]).{6,}$', 'abc123\\nabcdef\\n123456', re.M))",
    "import re\nprint(re.findall(r'^(?=.*\\d)(?=.*[a-z]).{6,}$', 'abc123\\nabcdef\\n123456', re.M))",
    "['abc123']\n",
  ],
  [
    "print(re.match(r'(?P<key>\\w+):\\s*(?P<value>.*)', 'name:  Bob').groupdict())",
    "import re\nprint(re.match(r'(?P<key>\\w+):\\s*(?P<value>.*)', 'name:  Bob').groupdict())",
    "{'key': 'name', 'value': 'Bob'}\n",
  ],
  [
    "print(re.findall(r'\\[(.*?)\\]', '[a] [b c] []'), re.findall(r'\\((\\d+),\\s*(\\d+)\\)', '(1, 2) ",
    "import re\nprint(re.findall(r'\\[(.*?)\\]', '[a] [b c] []'), re.findall(r'\\((\\d+),\\s*(\\d+)\\)', '(1, 2) (3,4)'))",
    "['a', 'b c', ''] [('1', '2'), ('3', '4')]\n",
  ],
  [
    "print([x for x in re.split(r'(\\s+)', 'a b  c') if x], re.split(r'\\s*', 'a b'))",
    "import re\nprint([x for x in re.split(r'(\\s+)', 'a b  c') if x], re.split(r'\\s*', 'a b'))",
    "['a', ' ', 'b', '  ', 'c'] ['', 'a', '', 'b', '']\n",
  ],
  [
    "print(re.split(r'(\\d)(\\w)?', 'x1ay2'), re.split(r'[a-z]', 'A1b2C', flags=re.I))",
    "import re\nprint(re.split(r'(\\d)(\\w)?', 'x1ay2'), re.split(r'[a-z]', 'A1b2C', flags=re.I))",
    "['x', '1', 'a', 'y', '2', None, ''] ['', '1', '2', '']\n",
  ],
  [
    "print(re.split('', ''), re.split('x*', ''), re.sub('x*', '-', ''), re.findall('x*', ''), r",
    "import re\nprint(re.split('', ''), re.split('x*', ''), re.sub('x*', '-', ''), re.findall('x*', ''), re.findall('', 'a'))",
    "['', ''] ['', ''] - [''] ['', '']\n",
  ],
  [
    "print(re.sub(r'(\\d+)', lambda m: str(len(m.group(1))), 'a123b45'), re.sub('(?i)[aeiou]', '",
    "import re\nprint(re.sub(r'(\\d+)', lambda m: str(len(m.group(1))), 'a123b45'), re.sub('(?i)[aeiou]', '*', 'AEIOUxyz'))",
    'a3b2 *****xyz\n',
  ],
  [
    "print(re.findall(r'[\\u0041-\\u0043]', 'ABCD'), re.findall('[\\\\U0001F600-\\\\U0001F602]', '😀😁😂",
    "import re\nprint(re.findall(r'[\\u0041-\\u0043]', 'ABCD'), re.findall('[\\\\U0001F600-\\\\U0001F602]', '😀😁😂😃'), re.findall('\\\\x7b', '{'))",
    "['A', 'B', 'C'] ['😀', '😁', '😂'] ['{']\n",
  ],
  [
    "print(re.findall(r'[\\t\\n]', 'a\\tb\\nc'), re.findall(r'\\a\\f\\v', '\\a\\f\\v'), re.findall(r'[\\0]",
    "import re\nprint(re.findall(r'[\\t\\n]', 'a\\tb\\nc'), re.findall(r'\\a\\f\\v', '\\a\\f\\v'), re.findall(r'[\\0]', '\\x00'), re.findall(r'[\\12]', '\\n'))",
    "['\\t', '\\n'] ['\\x07\\x0c\\x0b'] ['\\x00'] ['\\n']\n",
  ],
  [
    "print(re.findall('[\\\\\\\\]', 'a\\\\b'), re.findall('\\\\\\\\', 'a\\\\b'), re.findall('\\\\\\\\d', '\\\\d')",
    "import re\nprint(re.findall('[\\\\\\\\]', 'a\\\\b'), re.findall('\\\\\\\\', 'a\\\\b'), re.findall('\\\\\\\\d', '\\\\d'), re.sub('\\\\\\\\', '/', 'a\\\\b'))",
    "['\\\\'] ['\\\\'] ['\\\\d'] a/b\n",
  ],
  [
    "print(re.findall(r'\\1?(a)', 'aa'))",
    "import re\nprint(re.findall(r'\\1?(a)', 'aa'))",
    'EXC error: invalid group reference 1 at position 1\n',
  ],
  [
    "print(re.compile(r'(?x) a  # x\\n b'), re.compile('a\\\\nb'), re.compile('\\\\\\\\'), re.compile(",
    "import re\nprint(re.compile(r'(?x) a  # x\\n b'), re.compile('a\\\\nb'), re.compile('\\\\\\\\'), re.compile(\"a'b\\\"c\"))",
    "re.compile('(?x) a  # x\\\\n b', re.VERBOSE) re.compile('a\\\\nb') re.compile('\\\\\\\\') re.compile('a\\'b\"c')\n",
  ],
  [
    "print(re.compile('x' * 199 + '\\n'), re.match('x', 'x' * 60))",
    "import re\nprint(re.compile('x' * 199 + '\\n'), re.match('x', 'x' * 60))",
    "re.compile('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) <re.Match object; span=(0, 1), match='x'>\n",
  ],
  [
    "print(re.match('(x+)', 'x' * 60))",
    "import re\nprint(re.match('(x+)', 'x' * 60))",
    "<re.Match object; span=(0, 60), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>\n",
  ],
  [
    "print(repr(re.match('a', '😀a'[1:])), re.match('.+', '😀' * 60))",
    "import re\nprint(repr(re.match('a', '😀a'[1:])), re.match('.+', '😀' * 60))",
    "<re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 60), match='😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀>\n",
  ],
  [
    "print(re.search('(?i)straße', 'STRASSE'), re.search('(?i)STRASSE', 'straße'), re.search('(",
    "import re\nprint(re.search('(?i)straße', 'STRASSE'), re.search('(?i)STRASSE', 'straße'), re.search('(?i)ﬀ', 'FF'))",
    'None None None\n',
  ],
  [
    "print(re.findall('[[]', '['), re.findall('[a[]', 'a['), re.findall('[&&]', '&'), re.findal",
    "import re\nprint(re.findall('[[]', '['), re.findall('[a[]', 'a['), re.findall('[&&]', '&'), re.findall('[a&&b]', '&'), re.findall('[--]', '-'), re.findall('[a||b]', '|'))",
    "['['] ['a', '['] ['&'] ['&'] ['-'] ['|']\n",
  ],
  [
    "print(re.findall('[~~]', '~'), re.findall('[!!]', '!'), re.findall('[#$%]', '#$%'), re.fin",
    "import re\nprint(re.findall('[~~]', '~'), re.findall('[!!]', '!'), re.findall('[#$%]', '#$%'), re.findall('[{}]', '{}'), re.findall('[/]', '/'))",
    "['~'] ['!'] ['#', '$', '%'] ['{', '}'] ['/']\n",
  ],
  [
    "print(re.match(r'(?P<a>a)(?P<b>b)?(?P<c>c)', 'ac').groupdict(), re.match('(a)(b)?(c)', 'ac",
    "import re\nprint(re.match(r'(?P<a>a)(?P<b>b)?(?P<c>c)', 'ac').groupdict(), re.match('(a)(b)?(c)', 'ac').lastindex)",
    "{'a': 'a', 'b': None, 'c': 'c'} 3\n",
  ],
  [
    "print(re.match('(?:a|(b))*c', 'abac').groups())",
    "import re\nprint(re.match('(?:a|(b))*c', 'abac').groups())",
    "('b',)\n",
  ],
  [
    "print(re.search(r'(\\w+)\\s(\\w+)', 'hello big world').group(2, 1), re.search(r'(?:x)(y)', 'x",
    "import re\nprint(re.search(r'(\\w+)\\s(\\w+)', 'hello big world').group(2, 1), re.search(r'(?:x)(y)', 'xy').groups())",
    "('big', 'hello') ('y',)\n",
  ],
  [
    "print(re.findall('a*', 'baaa'), re.findall('a*?', 'aa'), re.findall('(a)*', 'aab'), re.fin",
    "import re\nprint(re.findall('a*', 'baaa'), re.findall('a*?', 'aa'), re.findall('(a)*', 'aab'), re.findall('(a*)', 'ab'))",
    "['', 'aaa', ''] ['', 'a', '', 'a', ''] ['a', '', ''] ['a', '', '']\n",
  ],
  [
    "print(re.sub('a*', 'x', 'baac'), re.sub('a*?', 'x', 'aa'), re.split('a*', 'baac'))",
    "import re\nprint(re.sub('a*', 'x', 'baac'), re.sub('a*?', 'x', 'aa'), re.split('a*', 'baac'))",
    "xbxxcx xxxxx ['', 'b', '', 'c', '']\n",
  ],
  [
    "print(re.sub('(?=a)', '^', 'aXa'), re.sub('\\\\b', '|', '😀ab'), re.sub('', '.', 'ab', 1))",
    "import re\nprint(re.sub('(?=a)', '^', 'aXa'), re.sub('\\\\b', '|', '😀ab'), re.sub('', '.', 'ab', 1))",
    '^aX^a 😀|ab| .ab\n',
  ],
  [
    "print(re.sub(r'\\s', '', ' a\\u3000b\\u00a0c\\u2028'), re.findall('\\\\s', '\\x1c\\x1d\\x1e\\x1f\\x85",
    "import re\nprint(re.sub(r'\\s', '', ' a\\u3000b\\u00a0c\\u2028'), re.findall('\\\\s', '\\x1c\\x1d\\x1e\\x1f\\x85'), re.findall('\\\\s', '\\u200b\\ufeff'))",
    "abc ['\\x1c', '\\x1d', '\\x1e', '\\x1f', '\\x85'] []\n",
  ],
  [
    "print(re.findall(r'\\w', 'a\\u00b2\\u00bc\\u0660\\u2160\\u3007_·'), re.findall(r'\\d', '\\u00b2\\u0",
    "import re\nprint(re.findall(r'\\w', 'a\\u00b2\\u00bc\\u0660\\u2160\\u3007_·'), re.findall(r'\\d', '\\u00b2\\u0660\\u2160\\uff11'))",
    "['a', '²', '¼', '٠', 'Ⅰ', '〇', '_'] ['٠', '１']\n",
  ],
  [
    "print(re.findall(r'\\w+', 'naïve café ŝ ǈ ʰ ǅ'), re.findall(r'\\W+', 'a—b…c'))",
    "import re\nprint(re.findall(r'\\w+', 'naïve café ŝ ǈ ʰ ǅ'), re.findall(r'\\W+', 'a—b…c'))",
    "['naïve', 'café', 'ŝ', 'ǈ', 'ʰ', 'ǅ'] ['—', '…']\n",
  ],
  [
    "print(re.compile('a').search('a', pos=0, endpos=1), re.compile('a').findall(string='aa', p",
    "import re\nprint(re.compile('a').search('a', pos=0, endpos=1), re.compile('a').findall(string='aa', pos=1), re.compile('x').finditer('x', endpos=1).__next__())",
    "<re.Match object; span=(0, 1), match='a'> ['a'] <re.Match object; span=(0, 1), match='x'>\n",
  ],
  [
    'import copy',
    "import re\nimport copy\nm = re.match('a', 'a'); print(copy.copy(m) is m, copy.deepcopy(re.compile('a')).pattern)",
    'True a\n',
  ],
  [
    "p = re.compile('a'); print(p.scanner if False else '', p == p, p != re.compile('b'), re.co",
    "import re\np = re.compile('a'); print(p.scanner if False else '', p == p, p != re.compile('b'), re.compile('a') is re.compile('a'))",
    ' True True True\n',
  ],
  [
    "print(re.sub(r'(?P<num>\\d+)', r'<\\g<num>>', 'a1b22', 1), re.sub('x', '\\\\g<0>', 'x'), re.su",
    "import re\nprint(re.sub(r'(?P<num>\\d+)', r'<\\g<num>>', 'a1b22', 1), re.sub('x', '\\\\g<0>', 'x'), re.sub('(x)', r'\\\\1', 'x'))",
    'a<1>b22 x \\1\n',
  ],
  [
    "print(re.findall(r'\\b\\d+\\b', '12 a34 56b 78'), re.findall(r'\\B\\d+\\B', '12 a345b'))",
    "import re\nprint(re.findall(r'\\b\\d+\\b', '12 a34 56b 78'), re.findall(r'\\B\\d+\\B', '12 a345b'))",
    "['12', '78'] ['345']\n",
  ],
  [
    "print(re.split(r'\\s*[,;]\\s*', 'a , b;c ;d'), re.findall(r'(?m)^(\\w+):', 'a: 1\\nb: 2\\n c: 3",
    "import re\nprint(re.split(r'\\s*[,;]\\s*', 'a , b;c ;d'), re.findall(r'(?m)^(\\w+):', 'a: 1\\nb: 2\\n c: 3'))",
    "['a', 'b', 'c', 'd'] ['a', 'b']\n",
  ],
  [
    'print(re.match("(?P<first>\\\\w+) (?P=first)", "hey hey").group(), re.sub(r\'(\\w+) \\1\', r\'\\1\'',
    "import re\nprint(re.match(\"(?P<first>\\\\w+) (?P=first)\", \"hey hey\").group(), re.sub(r'(\\w+) \\1', r'\\1', 'the the cat cat'))",
    'hey hey the cat\n',
  ],
  [
    "print(re.findall(r'((\\w)\\2)', 'aabbcd'), re.search(r'(?P<x>\\w)(?P=x)', 'abccd').start())",
    "import re\nprint(re.findall(r'((\\w)\\2)', 'aabbcd'), re.search(r'(?P<x>\\w)(?P=x)', 'abccd').start())",
    "[('aa', 'a'), ('bb', 'b')] 2\n",
  ],
  [
    "print(re.search('(?<=(a))b', 'ab').group(1), re.findall('(a)(?=(b))', 'abab'), re.search('",
    "import re\nprint(re.search('(?<=(a))b', 'ab').group(1), re.findall('(a)(?=(b))', 'abab'), re.search('(?=(\\\\w+))', 'hi').group(1))",
    "a [('a', 'b'), ('a', 'b')] hi\n",
  ],
  [
    'text = """Name: Alice, Age: 30',
    "import re\ntext = \"\"\"Name: Alice, Age: 30\nName: Bob, Age: 25\"\"\"\nfor m in re.finditer(r'^Name: (?P<name>\\w+), Age: (?P<age>\\d+)$', text, re.MULTILINE):\n    print(m.group('name'), int(m.group('age')) + 1, m.span(), m.start('age'))",
    'Alice 31 (0, 20) 18\nBob 26 (21, 39) 37\n',
  ],
  [
    "log = '2024-01-01 ERROR disk full\\n2024-01-02 INFO ok\\n2024-01-03 ERROR cpu'",
    "import re\nlog = '2024-01-01 ERROR disk full\\n2024-01-02 INFO ok\\n2024-01-03 ERROR cpu'\nprint(re.findall(r'^(\\S+) ERROR (.*)$', log, re.M), len(re.findall('ERROR', log)))",
    "[('2024-01-01', 'disk full'), ('2024-01-03', 'cpu')] 2\n",
  ],
  [
    'def tokenize(s):',
    "import re\ndef tokenize(s):\n    return [(m.lastgroup, m.group()) for m in re.finditer(r'(?P<num>\\d+(?:\\.\\d+)?)|(?P<op>[-+*/()])|(?P<ws>\\s+)', s) if m.lastgroup != 'ws']\nprint(tokenize('3 + 4.5*(2 - 1)'))",
    "[('num', '3'), ('op', '+'), ('num', '4.5'), ('op', '*'), ('op', '('), ('num', '2'), ('op', '-'), ('num', '1'), ('op', ')')]\n",
  ],
  [
    'p = re.compile(r"""',
    'import re\np = re.compile(r"""\n    (?P<int>\\d+)      # integer part\n    (?:\\.(?P<frac>\\d+))?  # fraction\n""", re.X)\nprint([m.groupdict() for m in p.finditer(\'1.5 22 3.\')])',
    "[{'int': '1', 'frac': '5'}, {'int': '22', 'frac': None}, {'int': '3', 'frac': None}]\n",
  ],
  [
    "print(re.sub(r'(?P<d>\\d)', lambda m: '<' + m.group('d') + '>', 'a1b2'), re.sub(r'\\s+$', ''",
    "import re\nprint(re.sub(r'(?P<d>\\d)', lambda m: '<' + m.group('d') + '>', 'a1b2'), re.sub(r'\\s+$', '', 'trail   \\n'))",
    'a<1>b<2> trail\n',
  ],
  [
    'def is_valid(s):',
    "import re\ndef is_valid(s):\n    return bool(re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', s))\nprint([is_valid(x) for x in ['a', '_b1', '1a', '', 'a-b', 'ñ']])",
    '[True, True, False, False, False, False]\n',
  ],
  [
    "print(re.findall(r'(?:(?<=\\s)|^)#(\\w+)', '#one two #three x#four'), re.sub(r'#(\\w+)', r'<\\",
    "import re\nprint(re.findall(r'(?:(?<=\\s)|^)#(\\w+)', '#one two #three x#four'), re.sub(r'#(\\w+)', r'<\\1>', '#a #b'))",
    "['one', 'three'] <a> <b>\n",
  ],
  [
    'counts = {}',
    'import re\ncounts = {}\nfor w in re.findall(r"\\b[a-z\']+\\b", "it\'s the end, the END it\'s".lower()):\n    counts[w] = counts.get(w, 0) + 1\nprint(counts)',
    "{\"it's\": 2, 'the': 2, 'end': 2}\n",
  ],
  [
    "print(re.split(r'(?:\\r?\\n){2,}', 'p1\\n\\np2\\r\\n\\r\\np3'), re.findall(r'.+', 'a\\nbb\\n\\nc'))",
    "import re\nprint(re.split(r'(?:\\r?\\n){2,}', 'p1\\n\\np2\\r\\n\\r\\np3'), re.findall(r'.+', 'a\\nbb\\n\\nc'))",
    "['p1', 'p2', 'p3'] ['a', 'bb', 'c']\n",
  ],
  [
    "print(re.search(r'(\\d+)\\s*(?:apples|oranges)', 'I have 12 oranges').group(1), re.search('x",
    "import re\nprint(re.search(r'(\\d+)\\s*(?:apples|oranges)', 'I have 12 oranges').group(1), re.search('x|', 'abc').span())",
    '12 (0, 0)\n',
  ],
  [
    "vowels = re.compile('[aeiou]', re.IGNORECASE)",
    "import re\nvowels = re.compile('[aeiou]', re.IGNORECASE)\nprint(vowels.sub('', 'Beautiful Day'), vowels.subn('_', 'AEx'), vowels.pattern, vowels.flags, vowels.groups)",
    "Btfl Dy ('__x', 2) [aeiou] 34 0\n",
  ],
  [
    "print(re.compile(r'(\\w+)@(\\w+)\\.(\\w+)').sub(r'\\3.\\2.\\1', 'me@site.com'), re.compile('(?i)x",
    "import re\nprint(re.compile(r'(\\w+)@(\\w+)\\.(\\w+)').sub(r'\\3.\\2.\\1', 'me@site.com'), re.compile('(?i)x').flags, re.compile('(?m)x').flags)",
    'com.site.me 34 40\n',
  ],
  [
    "print(re.compile('x', re.I).flags, re.compile('x', re.A).flags, re.compile('(?a)x').flags,",
    "import re\nprint(re.compile('x', re.I).flags, re.compile('x', re.A).flags, re.compile('(?a)x').flags, re.compile('(?x)x', re.S).flags)",
    '34 256 256 112\n',
  ],
  [
    "print(re.compile('(?i)a').pattern, re.compile('(?i)a'), re.compile('(?s)(?m)a'))",
    "import re\nprint(re.compile('(?i)a').pattern, re.compile('(?i)a'), re.compile('(?s)(?m)a'))",
    "(?i)a re.compile('(?i)a', re.IGNORECASE) re.compile('(?s)(?m)a', re.MULTILINE|re.DOTALL)\n",
  ],
  [
    "print(re.findall(r'[^\\s,]+', 'a, b,,c  d'), re.findall(r'[^a-z\\d]+', 'ab12CD!e'), re.finda",
    "import re\nprint(re.findall(r'[^\\s,]+', 'a, b,,c  d'), re.findall(r'[^a-z\\d]+', 'ab12CD!e'), re.findall(r'[a-z\\s]+', 'ab cd12ef'))",
    "['a', 'b', 'c', 'd'] ['CD!'] ['ab cd', 'ef']\n",
  ],
  [
    "print(re.findall(r'\\d+(?:,\\d{3})*(?:\\.\\d+)?', '1,234.56 and 7 and 12,345'), re.findall(r'(",
    "import re\nprint(re.findall(r'\\d+(?:,\\d{3})*(?:\\.\\d+)?', '1,234.56 and 7 and 12,345'), re.findall(r'(\\d+)(?:,(\\d{3}))*', '1,234,567'))",
    "['1,234.56', '7', '12,345'] [('1', '567')]\n",
  ],
  [
    "print(re.match(r'(?:(\\d+),)*(\\d+)', '1,2,3').groups())",
    "import re\nprint(re.match(r'(?:(\\d+),)*(\\d+)', '1,2,3').groups())",
    "('2', '3')\n",
  ],
  [
    "print(re.match(r'(\\w)+', 'abc').group(1), re.match(r'(\\w)*', '').group(1), re.match(r'(?:(",
    "import re\nprint(re.match(r'(\\w)+', 'abc').group(1), re.match(r'(\\w)*', '').group(1), re.match(r'(?:(\\w)\\s?)+', 'a b c').groups())",
    "c None ('c',)\n",
  ],
  [
    "print(re.match(r'((\\w)(\\d)?)+', 'a1b').groups())",
    "import re\nprint(re.match(r'((\\w)(\\d)?)+', 'a1b').groups())",
    "('b', 'b', '1')\n",
  ],
  [
    "print(re.sub(r'(\\w)(\\w*)', lambda m: m.group(1).upper() + m.group(2).lower(), 'hELLO wORLD",
    "import re\nprint(re.sub(r'(\\w)(\\w*)', lambda m: m.group(1).upper() + m.group(2).lower(), 'hELLO wORLD'), re.sub('(?<=\\\\w)(?=(\\\\w{3})+$)', ',', '1234567'))",
    'Hello World 1,234,567\n',
  ],
  [
    "print(re.findall(r'(?<=<)[^>]+(?=>)', '<a><bc>'), re.findall(r'(?<!\\\\)\"', r'a\"b\\\"c\"'))",
    "import re\nprint(re.findall(r'(?<=<)[^>]+(?=>)', '<a><bc>'), re.findall(r'(?<!\\\\)\"', r'a\"b\\\"c\"'))",
    "['a', 'bc'] ['\"', '\"']\n",
  ],
  [
    "print(re.sub(r'\\b(\\w)', lambda m: m.group(1).upper(), \"it's o'neil\"), re.findall(r\"\\w+(?:'",
    "import re\nprint(re.sub(r'\\b(\\w)', lambda m: m.group(1).upper(), \"it's o'neil\"), re.findall(r\"\\w+(?:'\\w+)?\", \"it's o'neil\"))",
    'It\'S O\'Neil ["it\'s", "o\'neil"]\n',
  ],
  [
    "print(re.findall(r'[A-Z][^A-Z]*', 'HelloWorldFooBar'), re.split(r'(?=[A-Z])', 'HelloWorld'",
    "import re\nprint(re.findall(r'[A-Z][^A-Z]*', 'HelloWorldFooBar'), re.split(r'(?=[A-Z])', 'HelloWorld'), re.split('(?<=[a-z])(?=[A-Z])', 'aBcDe'))",
    "['Hello', 'World', 'Foo', 'Bar'] ['', 'Hello', 'World'] ['a', 'Bc', 'De']\n",
  ],
  [
    "print(re.findall(r'^\\d{3}-\\d{3}-\\d{4}$', '555-123-4567'), re.match(r'^\\s*$', '   ') is not",
    "import re\nprint(re.findall(r'^\\d{3}-\\d{3}-\\d{4}$', '555-123-4567'), re.match(r'^\\s*$', '   ') is not None, re.match(r'^\\s*$', ' x ') is None)",
    "['555-123-4567'] True True\n",
  ],
  [
    "s = 'aaa bbb ccc'",
    "import re\ns = 'aaa bbb ccc'\nprint(re.sub('b+', 'X', s), re.sub('(b+)', r'[\\1]', s), re.sub('z', 'X', s), re.subn('\\\\w+', '.', s))",
    "aaa X ccc aaa [bbb] ccc aaa bbb ccc ('. . .', 3)\n",
  ],
  [
    "print(re.findall('(a)(b)(c)', 'abcabc'), re.findall('((a)(b))', 'ab'), re.findall('(?P<x>a",
    "import re\nprint(re.findall('(a)(b)(c)', 'abcabc'), re.findall('((a)(b))', 'ab'), re.findall('(?P<x>a)(?P<y>b)?', 'aab'))",
    "[('a', 'b', 'c'), ('a', 'b', 'c')] [('ab', 'a', 'b')] [('a', ''), ('a', 'b')]\n",
  ],
  [
    "print(re.search(r'\\bis\\b', 'This island is big').start(), re.search(r'is', 'This island').",
    "import re\nprint(re.search(r'\\bis\\b', 'This island is big').start(), re.search(r'is', 'This island').start(), re.search('^$', 'a\\n\\nb', re.M).span())",
    '12 2 (2, 2)\n',
  ],
  [
    "print(re.search('(?<=-)\\\\w+', 'spam-egg').group(0), re.search(r'(?<=abc)def', 'abcdef').sp",
    "import re\nprint(re.search('(?<=-)\\\\w+', 'spam-egg').group(0), re.search(r'(?<=abc)def', 'abcdef').span())",
    'egg (3, 6)\n',
  ],
  [
    "print(re.sub(r'\\s{2,}', ' ', 'a  b   c d'), re.sub(r'^', '> ', 'x\\ny', flags=re.M), re.sub",
    "import re\nprint(re.sub(r'\\s{2,}', ' ', 'a  b   c d'), re.sub(r'^', '> ', 'x\\ny', flags=re.M), re.sub('(?m)$', ';', 'x\\ny'))",
    'a b c d > x\n> y x;\ny;\n',
  ],
  [
    "print(re.match(r'[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?', '-1.5e10').groups(), re.match(r",
    "import re\nprint(re.match(r'[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?', '-1.5e10').groups(), re.match(r'0[xX][0-9a-fA-F]+', '0x1F').group())",
    "('1.5', '.5', 'e10') 0x1F\n",
  ],
  [
    'print([m.group(1) for m in re.finditer(r\'"([^"]*)"\', \'x="1" y="" z="3"\')], re.findall(r"\'(',
    'import re\nprint([m.group(1) for m in re.finditer(r\'"([^"]*)"\', \'x="1" y="" z="3"\')], re.findall(r"\'(.*?)\'", "\'a\' \'b c\'"))',
    "['1', '', '3'] ['a', 'b c']\n",
  ],
  [
    "print(re.escape('1.5+2=3.5?'), re.search(re.escape('a.b'), 'axb a.b').span(), re.findall(r",
    "import re\nprint(re.escape('1.5+2=3.5?'), re.search(re.escape('a.b'), 'axb a.b').span(), re.findall(re.escape('$5'), '$5 $5'))",
    "1\\.5\\+2=3\\.5\\? (4, 7) ['$5', '$5']\n",
  ],
  [
    "print(re.findall('\\\\bthe\\\\b', 'The the THE', flags=re.IGNORECASE), re.sub('(?i)the', 'a', ",
    "import re\nprint(re.findall('\\\\bthe\\\\b', 'The the THE', flags=re.IGNORECASE), re.sub('(?i)the', 'a', 'The tHe'))",
    "['The', 'the', 'THE'] a a\n",
  ],
  [
    "print(re.fullmatch(r'(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})', '192.168.0.1').groups(),",
    "import re\nprint(re.fullmatch(r'(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})', '192.168.0.1').groups(), re.fullmatch(r'\\d+', '12\\n'))",
    "('192', '168', '0', '1') None\n",
  ],
  [
    "print(re.split(r'\\b', 'hi, yo'), re.split(r'(\\b)', 'ab'), re.split(r'(?:)', 'ab'), re.spli",
    "import re\nprint(re.split(r'\\b', 'hi, yo'), re.split(r'(\\b)', 'ab'), re.split(r'(?:)', 'ab'), re.split('^', 'ab'))",
    "['', 'hi', ', ', 'yo', ''] ['', '', 'ab', '', ''] ['', 'a', 'b', ''] ['', 'ab']\n",
  ],
  [
    "print(re.split(r'x*', 'axbxxc'), re.split(r'(x*)', 'axbc'), re.sub(r'x*', '|', 'axbxxc'), ",
    "import re\nprint(re.split(r'x*', 'axbxxc'), re.split(r'(x*)', 'axbc'), re.sub(r'x*', '|', 'axbxxc'), re.findall(r'x*', 'axbxxc'))",
    "['', 'a', '', 'b', '', 'c', ''] ['', '', 'a', 'x', '', '', 'b', '', 'c', '', ''] |a||b||c| ['', 'x', '', 'xx', '', '']\n",
  ],
  [
    "print(re.split(r'(?m)^$', 'a\\n\\nb'), re.split(r'$', 'a\\nb\\n', flags=re.M))",
    "import re\nprint(re.split(r'(?m)^$', 'a\\n\\nb'), re.split(r'$', 'a\\nb\\n', flags=re.M))",
    "['a\\n', '\\nb'] ['a', '\\nb', '\\n', '']\n",
  ],
  [
    "p = re.compile(r'\\d')",
    "import re\np = re.compile(r'\\d')\nprint(p.sub(lambda m: str(9 - int(m[0])), '2024'), p.subn('#', 'a1b2', count=1), p.split('a1b2c', maxsplit=1))",
    "7975 ('a#b2', 1) ['a', 'b2c']\n",
  ],
  [
    "print(re.match('a.c', 'a\\nc'), re.match('a.c', 'a\\nc', re.S).group(), re.match('a[^x]c', '",
    "import re\nprint(re.match('a.c', 'a\\nc'), re.match('a.c', 'a\\nc', re.S).group(), re.match('a[^x]c', 'a\\nc').group())",
    'None a\nc a\nc\n',
  ],
  [
    "print(re.findall('[.]', 'a.b'), re.findall('[*+?]', 'a*b+c?'), re.findall(r'[\\\\]', 'a\\\\b')",
    "import re\nprint(re.findall('[.]', 'a.b'), re.findall('[*+?]', 'a*b+c?'), re.findall(r'[\\\\]', 'a\\\\b'), re.findall('[\\\\^a]', '^a'))",
    "['.'] ['*', '+', '?'] ['\\\\'] ['^', 'a']\n",
  ],
  [
    "print(re.match(r'(?P<a>x)(?P<b>y)(?P<c>z)?', 'xy').lastgroup, re.match(r'(?P<a>x)(y)', 'xy",
    "import re\nprint(re.match(r'(?P<a>x)(?P<b>y)(?P<c>z)?', 'xy').lastgroup, re.match(r'(?P<a>x)(y)', 'xy').lastgroup, re.match('x', 'x').lastgroup)",
    'b None None\n',
  ],
  [
    "print(re.search(r'a{2,}?', 'aaaa').group(), re.search('a{,3}?b', 'aab').group(), re.search",
    "import re\nprint(re.search(r'a{2,}?', 'aaaa').group(), re.search('a{,3}?b', 'aab').group(), re.search('(ab){1,2}?', 'abab').group())",
    'aa aab ab\n',
  ],
  [
    "print(re.sub('', '-', ''), re.sub('^', '-', ''), re.sub('$', '-', 'a'), re.subn('$', '-', ",
    "import re\nprint(re.sub('', '-', ''), re.sub('^', '-', ''), re.sub('$', '-', 'a'), re.subn('$', '-', 'a\\n'))",
    "- - a- ('a-\\n-', 2)\n",
  ],
  [
    "print(re.findall(r'[^\\x00-\\x7f]+', 'abc déf 中文'), re.sub(r'[^\\x00-\\x7F]', '?', 'naïve'), r",
    "import re\nprint(re.findall(r'[^\\x00-\\x7f]+', 'abc déf 中文'), re.sub(r'[^\\x00-\\x7F]', '?', 'naïve'), re.findall(r'[\\u00c0-\\u00ff]', 'àx'))",
    "['é', '中文'] na?ve ['à']\n",
  ],
  [
    "print(re.findall(r'\\w+', 'αβγ δ'), re.findall(r'(?i)ΑΒΓ', 'αβγ'), re.findall('(?i)[ά-ώ]', ",
    "import re\nprint(re.findall(r'\\w+', 'αβγ δ'), re.findall(r'(?i)ΑΒΓ', 'αβγ'), re.findall('(?i)[ά-ώ]', 'ΆΏ'))",
    "['αβγ', 'δ'] ['αβγ'] ['Ά', 'Ώ']\n",
  ],
  [
    "print(re.sub(r'(\\d)(?=(\\d\\d\\d)+(?!\\d))', r'\\1,', '1234567890'))",
    "import re\nprint(re.sub(r'(\\d)(?=(\\d\\d\\d)+(?!\\d))', r'\\1,', '1234567890'))",
    '1,234,567,890\n',
  ],
  [
    "m = re.search(r'(?P<y>\\d{4})-(?P<m>\\d\\d)', 'on 2023-07'); print(m.expand(r'\\g<m>/\\g<y>'), ",
    "import re\nm = re.search(r'(?P<y>\\d{4})-(?P<m>\\d\\d)', 'on 2023-07'); print(m.expand(r'\\g<m>/\\g<y>'), m.re.pattern, m.string, m.lastindex)",
    '07/2023 (?P<y>\\d{4})-(?P<m>\\d\\d) on 2023-07 2\n',
  ],
  [
    "print(re.match('(?:)', 'x').span(), re.search('(?=x)', 'ax').span(), re.search(r'(?!a)', '",
    "import re\nprint(re.match('(?:)', 'x').span(), re.search('(?=x)', 'ax').span(), re.search(r'(?!a)', 'aab').span())",
    '(0, 0) (1, 1) (2, 2)\n',
  ],
  [
    "print(re.findall(r'\\d', '\\uff11\\uff12'), re.findall(r'[0-9]', '\\uff11'), re.findall(r'\\d',",
    "import re\nprint(re.findall(r'\\d', '\\uff11\\uff12'), re.findall(r'[0-9]', '\\uff11'), re.findall(r'\\d', '\\uff11', re.A))",
    "['１', '２'] [] []\n",
  ],
  [
    "print(re.findall('(?ix) A b', 'ab AB'), re.findall('(?xi)a#c\\nb', 'AB'), re.findall('(?s).",
    "import re\nprint(re.findall('(?ix) A b', 'ab AB'), re.findall('(?xi)a#c\\nb', 'AB'), re.findall('(?s).', '\\n'))",
    "['ab', 'AB'] ['AB'] ['\\n']\n",
  ],
  [
    "print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups(), re",
    "import re\nprint(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups(), re.match(r'(?:(a)|b)*', 'bb').groups())",
    "('a',) ('a', 'b') (None,)\n",
  ],
  [
    "print(re.search('(a|(b))+', 'ba').groups(), re.match('(?:a|(b))*c', 'abac').groups(), re.m",
    "import re\nprint(re.search('(a|(b))+', 'ba').groups(), re.match('(?:a|(b))*c', 'abac').groups(), re.match('(?:a|(b))*?c', 'bac').groups())",
    "('a', 'b') ('b',) ('b',)\n",
  ],
  [
    "print(re.match(r'(?:(\\d)|[a-z])+', 'a1bc').groups(), re.match(r'(?:(\\d)|[a-z])+', 'abc').g",
    "import re\nprint(re.match(r'(?:(\\d)|[a-z])+', 'a1bc').groups(), re.match(r'(?:(\\d)|[a-z])+', 'abc').groups(), re.match(r'(?:(\\d)|[a-z]){2,}', '1ab').span(1))",
    "('1',) (None,) (0, 1)\n",
  ],
  [
    "print(re.match(r'(?:(?:(x)|y)z)+', 'xzyzyz').groups(), re.match(r'((?:(x)|y)+,)+', 'xy,yy,",
    "import re\nprint(re.match(r'(?:(?:(x)|y)z)+', 'xzyzyz').groups(), re.match(r'((?:(x)|y)+,)+', 'xy,yy,').groups())",
    "('x',) ('yy,', 'x')\n",
  ],
  [
    "print(re.match('(?>(a)|b)+', 'aab').groups(), re.findall(r'(?:(a)|b)+', 'ab bb ba'), re.sp",
    "import re\nprint(re.match('(?>(a)|b)+', 'aab').groups(), re.findall(r'(?:(a)|b)+', 'ab bb ba'), re.split(r'(?:(a)|b)+', 'xaby'))",
    "('a',) ['a', '', 'a'] ['x', 'a', 'y']\n",
  ],
  [
    "print([m.groups() for m in re.finditer(r'(?:(\\w)=(\\d)|;)+', 'a=1;;b=2;')], re.sub(r'(?:(\\d",
    "import re\nprint([m.groups() for m in re.finditer(r'(?:(\\w)=(\\d)|;)+', 'a=1;;b=2;')], re.sub(r'(?:(\\d)|x)+', r'[\\1]', '1x2xx'))",
    "[('b', '2')] [2]\n",
  ],
  [
    "m = re.match(r'((\\w)(\\d)?)+', 'a1b'); print(m.groups(), m.span(3), m.regs, m.lastindex)",
    "import re\nm = re.match(r'((\\w)(\\d)?)+', 'a1b'); print(m.groups(), m.span(3), m.regs, m.lastindex)",
    "('b', 'b', '1') (1, 2) ((0, 3), (2, 3), (2, 3), (1, 2)) 1\n",
  ],
  [
    "print(re.match(r'(?:(a)|b)+(?<=b)', 'abb').groups(), re.match(r'(?:(a)\\1|b)+', 'aab').grou",
    "import re\nprint(re.match(r'(?:(a)|b)+(?<=b)', 'abb').groups(), re.match(r'(?:(a)\\1|b)+', 'aab').groups())",
    "('a',) ('a',)\n",
  ],
  [
    "print(re.findall(r'\\B', '😀'), re.findall(r'(?!a)', '😀a'), re.sub(r'(?!x)', '-', 'a😀'), re.",
    "import re\nprint(re.findall(r'\\B', '😀'), re.findall(r'(?!a)', '😀a'), re.sub(r'(?!x)', '-', 'a😀'), re.split(r'(?=😀)', 'a😀b😀'))",
    "['', ''] ['', ''] -a-😀- ['a', '😀b', '😀']\n",
  ],
  [
    "print(re.findall(r'(?<!a)', '😀'), re.sub(r'\\b', '|', '😀 ab'), re.findall('^|$', '😀'))",
    "import re\nprint(re.findall(r'(?<!a)', '😀'), re.sub(r'\\b', '|', '😀 ab'), re.findall('^|$', '😀'))",
    "['', ''] 😀 |ab| ['', '']\n",
  ],
  [
    "m = re.match('a', 'a'); p = re.compile('a')",
    "import re\nm = re.match('a', 'a'); p = re.compile('a')\nprint(isinstance(m, re.Match), isinstance(p, re.Pattern), bool(m), m.__class__.__name__, type(p) is re.Pattern)",
    'True True True Match True\n',
  ],
  [
    "print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\\bb').search('ab', 1), re.compi",
    "import re\nprint(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\\bb').search('ab', 1), re.compile('^b').search('ab', 1), re.compile('^b', re.M).search('a\\nb', 2))",
    "<re.Match object; span=(1, 2), match='b'> None None <re.Match object; span=(2, 3), match='b'>\n",
  ],
  [
    "print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\\Z').search('ab', endpos=1), re.c",
    "import re\nprint(re.compile('a$').search('ab', 0, 1), re.compile(r'a\\Z').search('ab', endpos=1), re.compile('a(?=b)').search('ab', 0, 1))",
    "<re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 1), match='a'> None\n",
  ],
  [
    "print(re.split('x', 'axbxc', 1), re.split('x', 'axbxc', maxsplit=1, flags=re.I), re.split(",
    "import re\nprint(re.split('x', 'axbxc', 1), re.split('x', 'axbxc', maxsplit=1, flags=re.I), re.split(pattern='(x)', string='axb'))",
    "['a', 'bxc'] ['a', 'bxc'] ['a', 'x', 'b']\n",
  ],
  [
    "print(re.sub(pattern='a', repl='b', string='aa', count=1, flags=re.I), re.subn('A', 'b', '",
    "import re\nprint(re.sub(pattern='a', repl='b', string='aa', count=1, flags=re.I), re.subn('A', 'b', 'aa', 0, re.I))",
    "ba ('bb', 2)\n",
  ],
  [
    "p = re.compile(r'(\\w+)')",
    "import re\np = re.compile(r'(\\w+)')\nprint(p.sub(r'<\\1>', 'a b', 1), p.sub(repl=r'[\\1]', string='x y', count=1), p.subn(lambda m: m[1].upper(), 'ab cd'))",
    "<a> b [x] y ('AB CD', 2)\n",
  ],
  [
    "p = re.compile('a') #2",
    "import re\np = re.compile('a')\np.search(None)",
    "EXC TypeError: expected string or bytes-like object, got 'NoneType'\n",
  ],
  [
    "p = re.compile('a') #3",
    "import re\np = re.compile('a')\np.sub('b')",
    "EXC TypeError: sub() missing required argument 'string' (pos 2)\n",
  ],
  [
    "p = re.compile('a') #4",
    "import re\np = re.compile('a')\np.search('a', 1, 2, 3)",
    'EXC TypeError: search() takes at most 3 arguments (4 given)\n',
  ],
  [
    're.compile()',
    'import re\nre.compile()',
    "EXC TypeError: compile() missing 1 required positional argument: 'pattern'\n",
  ],
  [
    "re.compile('a', 0, 1)",
    "import re\nre.compile('a', 0, 1)",
    'EXC TypeError: compile() takes from 1 to 2 positional arguments but 3 were given\n',
  ],
  [
    "re.split('a', 'b', 0, 0, 0)",
    "import re\nre.split('a', 'b', 0, 0, 0)",
    'EXC TypeError: split() takes from 2 to 4 positional arguments but 5 were given\n',
  ],
  [
    "re.sub('a', 'b', 'c', count='x')",
    "import re\nre.sub('a', 'b', 'c', count='x')",
    "EXC TypeError: 'str' object cannot be interpreted as an integer\n",
  ],
  [
    "re.search('a', 'a', flags='x')",
    "import re\nre.search('a', 'a', flags='x')",
    "EXC TypeError: unsupported operand type(s) for &: 'str' and 'RegexFlag'\n",
  ],
  [
    "print(re.compile('a').search('bab', True), re.compile('a').search('bab', 1.5))",
    "import re\nprint(re.compile('a').search('bab', True), re.compile('a').search('bab', 1.5))",
    "EXC TypeError: 'float' object cannot be interpreted as an integer\n",
  ],
  [
    "m = re.match('(a)(b)', 'ab'); print(m.group(0, 2), m.span(False), m.start(True))",
    "import re\nm = re.match('(a)(b)', 'ab'); print(m.group(0, 2), m.span(False), m.start(True))",
    "('ab', 'b') (0, 2) 0\n",
  ],
  [
    "m = re.match('(a)', 'a'); print(m.groups(default='x'), m.groupdict(default=None), m.expand",
    "import re\nm = re.match('(a)', 'a'); print(m.groups(default='x'), m.groupdict(default=None), m.expand(r'-\\g<1>-'))",
    "('a',) {} -a-\n",
  ],
  [
    "m = re.match('a', 'a'); m.expand(r'\\1')",
    "import re\nm = re.match('a', 'a'); m.expand(r'\\1')",
    'EXC error: invalid group reference 1 at position 1\n',
  ],
  [
    "m = re.match('a', 'a'); print(m.expand('x'), m.re is re.compile('a'))",
    "import re\nm = re.match('a', 'a'); print(m.expand('x'), m.re is re.compile('a'))",
    'x True\n',
  ],
  [
    "print(re.findall(r'\\d+', 'a1b22', re.I), list(re.finditer('(a)', 'aa'))[1].span(1), len(li",
    "import re\nprint(re.findall(r'\\d+', 'a1b22', re.I), list(re.finditer('(a)', 'aa'))[1].span(1), len(list(re.finditer('', 'abc'))))",
    "['1', '22'] (1, 2) 4\n",
  ],
  [
    "print(re.match(r'\\(\\d+\\)', '(12)').group(), re.findall(r'\\{(\\w+)\\}', '{a} {bc}'), re.sub(r",
    "import re\nprint(re.match(r'\\(\\d+\\)', '(12)').group(), re.findall(r'\\{(\\w+)\\}', '{a} {bc}'), re.sub(r'\\{(\\w+)\\}', lambda m: m[1].upper(), 'x{y}z'))",
    "(12) ['a', 'bc'] xYz\n",
  ],
  [
    "print(re.findall(r'[(){}\\[\\]]', 'a(b)[c]{d}'), re.split(r'[()]', 'f(x)(y)'), re.findall(r'",
    "import re\nprint(re.findall(r'[(){}\\[\\]]', 'a(b)[c]{d}'), re.split(r'[()]', 'f(x)(y)'), re.findall(r'\\\\n', r'a\\nb'))",
    "['(', ')', '[', ']', '{', '}'] ['f', 'x', '', 'y', ''] ['\\\\n']\n",
  ],
  [
    "print(re.findall('(?m)^\\\\s*#.*$', 'x\\n  # c\\ny # d'), re.sub('(?m)#.*$', '', 'a # c\\nb'))",
    "import re\nprint(re.findall('(?m)^\\\\s*#.*$', 'x\\n  # c\\ny # d'), re.sub('(?m)#.*$', '', 'a # c\\nb'))",
    "['  # c'] a \nb\n",
  ],
  [
    "print(re.findall(r'(?i)\\bA\\w*', 'apple Avocado banana'), re.findall(r'(?i:A)\\w*', 'ab Ab')",
    "import re\nprint(re.findall(r'(?i)\\bA\\w*', 'apple Avocado banana'), re.findall(r'(?i:A)\\w*', 'ab Ab'))",
    "['apple', 'Avocado'] ['ab', 'Ab']\n",
  ],
  [
    "print(re.fullmatch(r'(?:[01]\\d|2[0-3]):[0-5]\\d', '23:59'), re.fullmatch(r'(?:[01]\\d|2[0-3]",
    "import re\nprint(re.fullmatch(r'(?:[01]\\d|2[0-3]):[0-5]\\d', '23:59'), re.fullmatch(r'(?:[01]\\d|2[0-3]):[0-5]\\d', '24:00'))",
    "<re.Match object; span=(0, 5), match='23:59'> None\n",
  ],
  [
    "words = ['apple', 'Banana', 'cherry', 'date']",
    "import re\nwords = ['apple', 'Banana', 'cherry', 'date']\nprint([w for w in words if re.search('^[aeiou]', w, re.I)], sorted(words, key=lambda w: re.sub('[aeiou]', '', w.lower())))",
    "['apple'] ['Banana', 'cherry', 'date', 'apple']\n",
  ],
  [
    "print(re.sub(r'(?P<first>\\w+)\\s(?P<second>\\w+)', r'\\g<second> \\g<first>', 'one two three f",
    "import re\nprint(re.sub(r'(?P<first>\\w+)\\s(?P<second>\\w+)', r'\\g<second> \\g<first>', 'one two three four'))",
    'two one four three\n',
  ],
  [
    "print(re.match(r'(\\d+)\\s*([+\\-*/])\\s*(\\d+)', '12 * 34').groups(), eval('12 * 34'))",
    "import re\nprint(re.match(r'(\\d+)\\s*([+\\-*/])\\s*(\\d+)', '12 * 34').groups(), eval('12 * 34'))",
    "('12', '*', '34') 408\n",
  ],
  [
    "print(re.sub('[^0-9]', '', 'tel: +1 (555) 010-9999'), re.sub(r'\\D', '', '٣a4'), ''.join(re",
    "import re\nprint(re.sub('[^0-9]', '', 'tel: +1 (555) 010-9999'), re.sub(r'\\D', '', '٣a4'), ''.join(re.findall(r'\\d', 'a1b2')))",
    '15550109999 ٣4 12\n',
  ],
  [
    "print(re.findall(r'(.)(?!.*\\1)', 'abcabcd'), re.sub(r'(.)(?=.*\\1)', '', 'programming'))",
    "import re\nprint(re.findall(r'(.)(?!.*\\1)', 'abcabcd'), re.sub(r'(.)(?=.*\\1)', '', 'programming'))",
    "['a', 'b', 'c', 'd'] poraming\n",
  ],
  [
    "print(re.search('(a)(?P<n>b)', 'ab').groupdict(), re.search('(a)(?P<n>b)', 'ab').groups(),",
    "import re\nprint(re.search('(a)(?P<n>b)', 'ab').groupdict(), re.search('(a)(?P<n>b)', 'ab').groups(), re.compile('(a)(?P<n>b)').groupindex)",
    "{'n': 'b'} ('a', 'b') {'n': 2}\n",
  ],
  [
    "print(re.compile('[a-z]+', re.I).findall('Hello World'), re.compile('[A-Z]').findall('aBc'",
    "import re\nprint(re.compile('[a-z]+', re.I).findall('Hello World'), re.compile('[A-Z]').findall('aBc', 1, 2))",
    "['Hello', 'World'] ['B']\n",
  ],
  [
    "s = 'aaa'",
    "import re\ns = 'aaa'\nprint([m.span() for m in re.finditer('a*?', s)], [m.span() for m in re.finditer('a|', s)], re.sub('a|', '-', s))",
    '[(0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (2, 3), (3, 3)] [(0, 1), (1, 2), (2, 3), (3, 3)] ----\n',
  ],
  [
    "print(re.findall('(?:a|)+', 'aab'), re.sub('(?:|a)', '-', 'ab'), re.split('(?:|a)', 'ab'))",
    "import re\nprint(re.findall('(?:a|)+', 'aab'), re.sub('(?:|a)', '-', 'ab'), re.split('(?:|a)', 'ab'))",
    "['aa', '', ''] ---b- ['', '', '', 'b', '']\n",
  ],
  [
    "print(re.findall(r'\\w*?', 'ab c'), re.findall(r'(\\w)*?', 'ab'), re.sub(r'\\b|x', '.', 'ax b",
    "import re\nprint(re.findall(r'\\w*?', 'ab c'), re.findall(r'(\\w)*?', 'ab'), re.sub(r'\\b|x', '.', 'ax b'))",
    "['', 'a', '', 'b', '', '', 'c', ''] ['', 'a', '', 'b', ''] .a.. .b.\n",
  ],
  [
    "print(re.findall(r'a??', 'aa'), re.sub(r'a??', '-', 'ab'), [m.span() for m in re.finditer(",
    "import re\nprint(re.findall(r'a??', 'aa'), re.sub(r'a??', '-', 'ab'), [m.span() for m in re.finditer(r'(?=a)|a', 'aa')])",
    "['', 'a', '', 'a', ''] ---b- [(0, 0), (0, 1), (1, 1), (1, 2)]\n",
  ],
  [
    "print(re.match('(?P<a>b)(?P=a)', 'bb'), re.match('(?P<a>b)(?P=a)', 'bB', re.I), re.match(r",
    "import re\nprint(re.match('(?P<a>b)(?P=a)', 'bb'), re.match('(?P<a>b)(?P=a)', 'bB', re.I), re.match(r'(b)\\1', 'bB', re.I))",
    "<re.Match object; span=(0, 2), match='bb'> <re.Match object; span=(0, 2), match='bB'> <re.Match object; span=(0, 2), match='bB'>\n",
  ],
  [
    "print(re.match(r'[\\w\\-.]+', 'a-b.c d').group(), re.match('[\\\\w.-]+@[\\\\w.-]+', 'x.y@z-w.org",
    "import re\nprint(re.match(r'[\\w\\-.]+', 'a-b.c d').group(), re.match('[\\\\w.-]+@[\\\\w.-]+', 'x.y@z-w.org ').group())",
    'a-b.c x.y@z-w.org\n',
  ],
  [
    "print(re.compile('a{2}b{,1}c{1,}d{0}'), re.compile('a{2}b{,1}c{1,}d{0}').match('aacd'))",
    "import re\nprint(re.compile('a{2}b{,1}c{1,}d{0}'), re.compile('a{2}b{,1}c{1,}d{0}').match('aacd'))",
    "re.compile('a{2}b{,1}c{1,}d{0}') <re.Match object; span=(0, 3), match='aac'>\n",
  ],
  [
    "print(re.match('x{3}', 'xxxx').group(), re.match('x{1,2}', 'xxxx').group(), re.match('x{2,",
    "import re\nprint(re.match('x{3}', 'xxxx').group(), re.match('x{1,2}', 'xxxx').group(), re.match('x{2,}', 'xxxx').group(), re.match('x{,}', 'xxx').group())",
    'xxx xx xxxx xxx\n',
  ],
  [
    "print(re.sub(r'\\\\(.)', r'\\1', r'a\\.b\\\\c') == 'a.b\\\\c', re.escape(r'C:\\path') == 'C:\\\\\\\\pat",
    "import re\nprint(re.sub(r'\\\\(.)', r'\\1', r'a\\.b\\\\c') == 'a.b\\\\c', re.escape(r'C:\\path') == 'C:\\\\\\\\path')",
    'True True\n',
  ],
  [
    "print(re.match(r'(a*)?', 'b').groups(), re.match(r'(a*)?', 'aab').groups(), re.match(r'(a*",
    "import re\nprint(re.match(r'(a*)?', 'b').groups(), re.match(r'(a*)?', 'aab').groups(), re.match(r'(a*)??', 'aab').groups(), [m.span() for m in re.finditer('(?:a*?)?', 'aAb')])",
    "('',) ('aa',) (None,) [(0, 0), (0, 1), (1, 1), (2, 2), (3, 3)]\n",
  ],
  [
    "print(re.findall(r'([^\\W\\d]*){,2}', 'ab 1'), re.match(r'(\\w*)*', 'ab c').groups(), re.matc",
    "import re\nprint(re.findall(r'([^\\W\\d]*){,2}', 'ab 1'), re.match(r'(\\w*)*', 'ab c').groups(), re.match(r'(a|)*', 'aab').groups(), re.match(r'(a|)+?', 'aab').groups())",
    "['', '', '', ''] ('',) ('',) ('a',)\n",
  ],
  [
    "print(re.match(r'(\\d*)+x', '12x').groups(), re.match(r'(?:(\\d*)-)*', '1-2-').groups(), re.",
    "import re\nprint(re.match(r'(\\d*)+x', '12x').groups(), re.match(r'(?:(\\d*)-)*', '1-2-').groups(), re.match(r'(\\s*)*$', '  ').groups())",
    "('',) ('2',) ('',)\n",
  ],
  [
    "print(re.match(r'(a*){2}', 'aa').groups(), re.match(r'(a*){1,3}', 'aab').groups(), re.spli",
    "import re\nprint(re.match(r'(a*){2}', 'aa').groups(), re.match(r'(a*){1,3}', 'aab').groups(), re.split(r'(x*)*', 'axb'))",
    "('',) ('',) ['', '', 'a', '', '', '', 'b', '', '']\n",
  ],
  [
    "print(re.findall(r'\\B', ''), re.search(r'\\B', ''), re.findall(r'\\B', 'a'), re.compile(r'\\B",
    "import re\nprint(re.findall(r'\\B', ''), re.search(r'\\B', ''), re.findall(r'\\B', 'a'), re.compile(r'\\B').search('ab', 0, 0))",
    '[] None [] None\n',
  ],
  [
    "print(re.findall(r'\\B', '😀'), re.findall(r'(?!a)', '😀a'), re.sub(r'(?!x)', '-', 'a😀'), re. #2",
    "import re\nprint(re.findall(r'\\B', '😀'), re.findall(r'(?!a)', '😀a'), re.sub(r'(?!x)', '-', 'a😀'), re.findall('^|$', '😀'))",
    "['', ''] ['', ''] -a-😀- ['', '']\n",
  ],
];

/**
 * What this interpreter cannot do like CPython refuses with a clear error instead of answering
 * differently (see the header of interpreter/stdlib/re/index.ts). These expectations are ours.
 */
const refusals: [string, string, string][] = [
  [
    'conditional group',
    "import re\nre.match(r'(a)?(?(1)b|c)', 'ab')",
    'EXC error: conditional groups (?(id)yes|no) are not supported by this interpreter at position 4\n',
  ],
  [
    'named Unicode escape',
    "import re\nre.compile(r'\\N{EM DASH}')",
    'EXC error: named Unicode escapes \\N{...} are not supported by this interpreter at position 0\n',
  ],
  [
    'bytes pattern',
    "import re\nre.compile(b'a')",
    'EXC TypeError: bytes patterns are not supported by this interpreter\n',
  ],
  [
    'earlier repetition behind a backreference to an outer group',
    "import re\nprint(re.match(r'(x)(?:(a)|\\1)+', 'xaxx').groups())",
    'EXC NotImplementedError: re: group 2 inside a repeated group holds a capture from an earlier repetition, which this interpreter cannot recover\n',
  ],
];

testPrintedCases(cases, 're: ');
testPrintedCases(refusals, 're refuses: ');

test('positions stay code points on a long astral string', () => {
  const code =
    "import re\ns = '\\U0001F600 ab ' * 3000\nms = list(re.finditer(r'[a-z]+', s))\nprint(len(ms), ms[-1].span(), s[ms[-1].start():ms[-1].end()])";
  assert.equal(printedOutput(code), '3000 (14997, 14999) ab\n');
});
