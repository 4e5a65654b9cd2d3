s = 'a,b,,c,d'
print(s.split(','), s.split(',', 1), s.split(',', maxsplit=2))
print(s.rsplit(',', 1), s.rsplit(',', 2), s.rsplit(','))
t = '  hello   world  \t foo\n'
print(t.split(), t.split(None, 1), t.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), 'abc'.split('abc'))
print('a b c'.split(' ', 0), 'x--y--z'.split('--'))
print('1 2 3'.split(maxsplit=1), 'a\nb\r\nc'.split())
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
