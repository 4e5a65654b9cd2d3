def f(pairs):
    return sorted(pairs, key=lambda p: (p[1] % 3, -p[0]))
print(f([(1, 5), (2, 3), (3, 4), (4, 6), (5, 5)]))
print(f([]), f([(0, 0)]))
def g(pairs):
    return max(pairs, key=lambda p: p[0] * p[1]), min(pairs, key=lambda p: abs(p[0] - p[1]))
print(g([(1, 5), (2, 3), (3, 4), (4, 6), (5, 5)]))
