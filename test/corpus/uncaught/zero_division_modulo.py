def is_multiple(n, k):
    return n % k == 0
print([is_multiple(12, k) for k in (1, 2, 5, 6)])
print(is_multiple(7, 7), is_multiple(-9, 3))
print(is_multiple(5, 0))
