def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, 'abc'))
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double('ab'), list(map(triple, [1, 2])))
def decorate(fn):
    def wrapper(*args):
        print('calling', fn.__name__, args)
        return fn(*args)
    return wrapper
@decorate
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
