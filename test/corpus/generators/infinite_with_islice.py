from itertools import islice, count
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(islice(primes(), 12)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 10, 15)))
print(next(x for x in naturals() if x * x > 200))
