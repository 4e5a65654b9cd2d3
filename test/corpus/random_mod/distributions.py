# Real-valued distributions: every value must agree with CPython's floats to the last digit.
import random

r = random.Random(314)
print([r.random() for _ in range(4)])
print([r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5), r.uniform(10, 0))
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(3, 3))
print([r.gauss() for _ in range(4)], r.gauss(100, 15))
print([r.normalvariate(0, 1) for _ in range(3)], r.normalvariate(mu=10, sigma=0.1))
print(r.lognormvariate(0, 0.25), r.expovariate(0.5), r.expovariate(3))
print(r.paretovariate(2.5), r.weibullvariate(1.5, 2.0), r.vonmisesvariate(0.5, 2.0))
print(r.gammavariate(0.7, 1.0), r.gammavariate(1.0, 3.0), r.gammavariate(4.0, 0.5), r.betavariate(2, 2))
samples = [r.random() for _ in range(1000)]
print(round(sum(samples) / len(samples), 12), min(samples), max(samples))
print(sum(1 for _ in range(1000) if r.random() < 0.3))
