def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
A = [[1, 2], [3, 4]]
print(matmul(A, A), matmul(A, identity(2)) == A)
print(mpow([[1, 1], [1, 0]], 10), mpow([[1, 1], [1, 0]], 90)[0][1])
print(matmul([[1, 2, 3]], [[4], [5], [6]]), matmul([[2], [3]], [[1, 10]]))
