def f(n):
    rows = [[0] * n] * n
    rows[0][0] = 1
    fresh = [[0] * n for _ in range(n)]
    fresh[0][0] = 1
    return rows, fresh
print(f(3))
print(f(1), f(2))
