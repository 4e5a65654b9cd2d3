def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([p for p in range(60) if is_prime(p)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(462, 1071), gcd(0, 5), gcd(2 ** 40, 6 ** 20))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factor(360), factor(9973), factor(2 ** 10 * 3 ** 5))
