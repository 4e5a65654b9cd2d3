# call: f(3, -2)
def f(a, b):
    c = a + b * 2 - a ** 2 // 4
    d = -b ** 2
    e = (a - b) % 4 / 2
    g = b ** 2 + (-a) * -1
    h = a << 2 | 1 & 3 | (6 ^ a)
    i = ~a + abs(b)
    return c, d, e, g, h, i
