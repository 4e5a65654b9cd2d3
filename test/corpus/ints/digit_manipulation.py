n = 9876543210123
digits = [int(c) for c in str(n)]
print(digits, sum(digits))
rev = int(str(n)[::-1])
print(rev, n + rev)
def digit_root(x):
    while x >= 10:
        x = sum(map(int, str(x)))
    return x
print([digit_root(x) for x in (0, 9, 38, 12345, 10 ** 20 - 1)])
m, total = n, 0
while m:
    m, d = divmod(m, 10)
    total += d * d
print(total)
print(int(''.join(sorted(str(n), reverse=True))))
