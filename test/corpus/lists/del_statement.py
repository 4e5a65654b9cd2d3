a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
x, y = 1, 2
del x
print(y)
try:
    print(x)
except NameError as e:
    print('NameError:', e)
try:
    del a[10]
except IndexError as e:
    print('IndexError:', e)
