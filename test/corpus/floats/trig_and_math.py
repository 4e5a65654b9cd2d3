import math
print(math.pi, math.e, math.tau)
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sqrt(2), math.hypot(3, 4), math.pow(2, 0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3.999))
print(math.fabs(-3), math.fmod(-7, 3), -7 % 3)
