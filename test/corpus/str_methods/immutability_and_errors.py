s = 'hello'
try:
    s[0] = 'H'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
t = 'H' + s[1:]
print(t, s, s is not t)
try:
    'abc'.join('x', 'y')
except TypeError as e:
    print('TypeError:', e)
try:
    'a' - 'b'
except TypeError as e:
    print('TypeError:', e)
index = 1.0
try:
    'abc'[index]
except TypeError as e:
    print('TypeError:', e)
print('%s' % 'ok', 'abc'.upper().lower().title())
