it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, 'stop'))
print(len('abc'), len([1, [2, 3]]), len({}), len(range(2, 20, 3)), len({1: 2, 3: 4}), len(b'xy'))
s = iter('ab')
print(list(s), list(s))
d = iter({'k1': 1, 'k2': 2})
print(next(d), next(d))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
