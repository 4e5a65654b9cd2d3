values = [1, 1.5, 'text', "q'uote", None, True, [1, 'a'], ('x',), {'k': 'v'}, b'by', 10 ** 20]
for v in values:
    print(str(v), '|', repr(v))
print('%s|%r' % ('a', 'a'), f'{"a"!r}')
print(str(['é', '\n']))
