# Unpacking takes every item before the first store.
x = [1, 2]
x[1], x[0] = x
print(x)
y = [1, 2, 3]
y[2], y[0], y[1] = y
print(y)
a, b = 1, 2
a, b = b, a
print(a, b)
(p, q), r = (3, 4), 5
print(p, q, r)
first, *rest = range(5)
print(first, rest)
m, n = (i * i for i in range(2))
print(m, n)
s, t = 'hi'
print(s, t)
grid = [[0] * 3 for _ in range(2)]
for i, row in enumerate(grid):
    for j, _ in enumerate(row):
        row[j] = i * 10 + j
print(grid)
try:
    u, v = [1, 2, 3]
except ValueError as err:
    print('ValueError:', err)
try:
    u, v = (1,)
except ValueError as err:
    print('ValueError:', err)
