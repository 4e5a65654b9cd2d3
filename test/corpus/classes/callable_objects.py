class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x + self.n
add5 = Adder(5)
print(add5(1), add5(10), add5.calls, callable(add5))
print(list(map(add5, [0, 1, 2])), add5.calls)
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
p = Polynomial(1, 0, 2)
print([p(x) for x in range(5)], sorted([3, -1, 2], key=p))
