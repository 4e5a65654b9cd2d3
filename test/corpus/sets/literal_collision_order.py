# An all-constant set display is a frozenset constant built twice by CPython's compiler, which reorders
# colliding ints; set(), comprehensions and unpacking insert in order.
a = [11, 27, 20]
print({11, 27, 20}, set(a), {x for x in a}, frozenset(a), {*a})
print({0, 35, 40, 10, 15, -2, 30}, {13, 36, 29, 14}, {34, 6, 44, 29, -3}, {38, 7, 6, 13, 30} | {29})
print({7, 22, 6} | {20, -1}, {4, 37} ^ {36, 37, 20, -1, 23, 30}, {1, 9, 17, 25, 33}, {-1, 7, -9})
print({1, 9}, {1, 9, 17}, {(1, 2), (9, 2), 17}, {1.5, 9, 17}, {1, 2, 9, 17} - {2})
s = {33, 34, 12, 20, -2, -1}
s.add(10)
s.discard(0)
print(s, sorted(s) == sorted({33, 34, 12, 20, -2, -1, 10}))
