def f(x, y):
    return x and y, x or y, not x, x is None, (x or 'default') * 2
print(f(0, 5))
print(f('a', ''))
print(f([], [1]))
print(f(None, None)[:4])
print(f(3, 4))
