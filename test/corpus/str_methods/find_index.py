s = 'hello world, hello there'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('xyz'))
print(s.find('o', 5, 10), s.rfind('o', 0, 10), s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('e'), s.index('e', -5))
print(s.find('hello', -10), s.find('h', 100), s.count('l'), s.count('l', 5, 15))
print(s.count(''), 'aaaa'.count('aa'), 'abc'.count('d'))
try:
    s.index('bye')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('q')
except ValueError as e:
    print('ValueError:', e)
