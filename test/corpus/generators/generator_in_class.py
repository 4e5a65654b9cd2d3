class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
    def evens(self):
        return (x for x in self if x % 2 == 0)
f = Fib(100)
print(list(f), list(f))
print(list(f.evens()), sum(f), 55 in f, 56 in f)
it = iter(f)
print(next(it), next(it), next(it), type(it).__name__)
print(sorted(Fib(20), reverse=True), dict(enumerate(Fib(5))))
