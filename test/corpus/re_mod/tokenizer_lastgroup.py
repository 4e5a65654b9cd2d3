# A small tokenizer: verbose pattern, named groups, lastgroup/lastindex, groupdict.
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)    # integer or decimal
  | (?P<NAME>[A-Za-z_]\w*)       # identifier
  | (?P<OP>\*\*|[-+*/=()])       # operators
  | (?P<SKIP>[ \t]+)             # spaces
  | (?P<ERROR>.)                 # anything else
""", re.VERBOSE)

def tokenize(text):
    out = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        out.append((kind, m.group(kind), m.start(), m.lastindex))
    return out

for line in ['x = 3.5 ** (y + 12)', 'total=a1*b_2 $']:
    print(tokenize(line))
print(TOKEN.groupindex['OP'], TOKEN.groups, TOKEN.flags & re.VERBOSE != 0)
m = re.match(r'(?P<key>\w+)\s*:\s*(?P<value>[^#]*?)\s*(?:#.*)?$', 'timeout : 30  # seconds')
print(m.groupdict(), m.lastgroup, m.group('key', 'value'), m['value'])
m = re.match(r'((a)|(b))+', 'abba')
print(m.groups(), m.lastindex, m.span(2), m.span(3))
print(re.match(r'(?P<o>(?P<i>x)y)', 'xy').lastgroup, re.match(r'(a)()', 'a').lastindex)
