# re.error messages and positions, misuse TypeErrors, and the reprs of Pattern and Match.
import re

bad = ['(', 'a)', '[a', '*a', 'a**', 'a{3,2}', r'\q', '(?P<1>x)', r'(a)\2', '[z-a]', r'[a-\d]',
       '(?<=a+)b', 'x(?i)y', '(?z)', r'\x1', 'ab\\', '(?P=n)', '(?P<a>x)(?P<a>y)', r'(a\1)', 'a\n(']
for p in bad:
    try:
        re.compile(p)
        print('ok', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for args in [('a', 5), (5, 'a'), ('a', None)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile('a+'), re.compile(r'\d', re.I | re.M), re.compile("it's"), re.compile('x', 512))
print(re.search('b', 'abc'), re.match('a\nb', 'a\nb'), re.match('a*', 'a' * 80))
print(re.compile('y' * 250))
m = re.match('(a)(b)?', 'a')
print(m.span(2), m.groups('-'), m.regs)
for g in [3, 'x']:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
