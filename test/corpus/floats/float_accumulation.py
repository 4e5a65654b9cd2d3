total = 0.0
for i in range(1, 11):
    total += 1 / i
    print(i, total)
print(sum(1 / 2 ** k for k in range(30)))
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(0.1 + 0.7, 0.3 - 0.1, 1.1 * 1.1, 4.35 * 100)
