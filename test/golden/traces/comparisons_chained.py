# call: f(5, [1, 5, 9])
def f(x, xs):
    a = 1 < x <= 5
    b = x in xs and x not in [2]
    c = xs[0] < x < xs[-1] > 3
    d = x is None
    e = xs == [1, 5, 9] != (1, 5, 9)
    return a, b, c, d, e
