a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
(p, q), r = [10, 20], 30
print(p, q, r)
[m, n] = 'ab'
print(m, n)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
