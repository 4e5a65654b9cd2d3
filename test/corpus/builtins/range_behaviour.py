r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], 9 in r, 10 in r)
print(r[1:4], r[::-1], list(r[::-2]), r[10:], r.index(9), r.count(3))
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 3)), list(range(-3, 3, 2)))
print(range(10) == range(0, 10, 1), range(0) == range(5, 2), range(10 ** 20)[-1])
print(range(1, 10, 2)[1:3], reversed(range(4)).__class__.__name__)
try:
    range(1, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(5)[10]
except IndexError as e:
    print('IndexError:', e)
