a = [1, [2, 3], {'k': (4, 5)}]
b = [1, [2, 3], {'k': (4, 5)}]
print(a == b, a is b, a[1] == b[1], a[1] is b[1])
c = a
c[1].append(9)
print(a, b, a == b)
print([] == [], [] is [], [[]] == [[]], [0] * 0 == [])
print([1, 2] != [2, 1], sorted([1, 2]) == sorted([2, 1]), [None] == [None])
print([float('nan')] == [float('nan')], (lambda n: [n] == [n])(float('nan')))
x = [1, 2, 3]
y = x[:]
y.reverse()
print(x, y, list(reversed(y)) == x)
