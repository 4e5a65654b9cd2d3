print({5, 3, 1, 4}, {10, 0, -1, 7}, {100, 2, 33})
print(set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)})
print(frozenset([3, 2, 1]), frozenset({1, 2}) | {3})
s = {1, 2, 3}
s -= {2}
s |= {10}
s &= {1, 10, 20}
print(s)
f = frozenset({1, 2})
d = {f: 'frozen'}
print(d[frozenset([2, 1])], f, type(f | {3}).__name__)
print(sorted({'b', 'a', 'c'}), len({'x', 'y', 'x'}))
