t = (1, 'two', 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print(t.index('two'), (1, 2, 1, 1).count(1), 5,)
print((1, 2) + (3,), (0,) * 3, () == tuple(), tuple('abc'), tuple([1, 2]))
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 'a') == (1, 'a'))
a, b, c = 'xyz'
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
