# call: f(3)
def f(n):
    a = b = n
    x, y = n, n + 1
    first, *rest = [1, 2, 3]
    (p, q), r = (4, 5), 6
    z: int = n * 2
    a, b = b + 1, a
    return a, b, x, y, first, rest, p, q, r, z
