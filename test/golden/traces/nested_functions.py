# call: f(4)
def f(n):
    def double(x):
        return x * 2

    def apply(g, v):
        return g(g(v))

    return apply(double, n) + double(1)
