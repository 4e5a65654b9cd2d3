def f(m):
    n = len(m)
    diag = sum(m[i][i] for i in range(n))
    anti = sum(m[i][n - 1 - i] for i in range(n))
    rows = [sum(r) for r in m]
    cols = [sum(c) for c in zip(*m)]
    return diag, anti, rows, cols
print(f([[2, 7, 6], [9, 5, 1], [4, 3, 8]]))
print(f([[1]]), f([[1, 2], [3, 4]]))
