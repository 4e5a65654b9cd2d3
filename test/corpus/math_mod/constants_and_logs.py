import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.log(1), math.log(8, 2), math.log(100, 10), math.log10(0.001), math.log2(8), math.log1p(0))
print(math.exp(0), math.exp(2), math.pow(2, 10), math.sqrt(1e10))
print(round(math.sin(math.pi), 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1))
print(math.inf > 10 ** 100, math.isinf(math.inf), math.ceil(1e-9), math.floor(-1e-9))
try:
    math.log(0)
except ValueError as e:
    print('ValueError:', e)
print(math.dist((0, 0), (3, 4)), math.hypot(5, 12), math.trunc(9.99), math.modf(2.5))
