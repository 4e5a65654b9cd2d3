import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 20 + 1), math.sqrt(16), math.sqrt(2))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.2), math.ceil(-3.7), type(math.floor(2.0)).__name__)
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1, 0.2, 0.3]))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
