def f(values):
    return sum(v > 2 for v in values), [v == 3 for v in values].count(True), any(values) * 10
print(f([1, 3, 5, 3]), f([]), f([0, 0]))
print(f([2.5, True, 3.0]))
print(True + True * 2, (3 > 2) + (2 > 3), sum([True] * 5) / 2)
