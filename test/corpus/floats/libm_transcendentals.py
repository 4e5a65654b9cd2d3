# Transcendental functions over a spread of arguments; every result printed with all 17 digits.
import math

xs = [0.1 * k + 0.037 * k * k for k in range(1, 26)]
for x in xs:
    print(x, math.exp(x / 3), math.log(x), math.log2(x), math.log10(x))
    print(math.sin(x), math.cos(x), math.tan(x), math.atan(x - 2))
    print(math.sinh(x / 4), math.cosh(x / 4), math.asinh(x), math.acosh(1 + x))
for k in range(-12, 13):
    t = k / 12.5
    print(t, math.asin(t), math.acos(t), math.atan2(t, 1 - t), math.exp2(t * 7))
print(math.sin(1e22), math.cos(1e22), math.tan(1e300), math.sin(2.0**1000))
print(math.exp(-745.1), math.exp(709.7), math.log(5e-324), math.log10(2.0**-1070))
print(math.log(10**500), math.log(3**700, 3), math.log2(2**1500 + 12345), math.log10(7**600))
