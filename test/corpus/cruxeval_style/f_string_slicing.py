def f(s, n):
    return s[n:] + s[:n] if n < len(s) else s[::-1]
print(f('abcdef', 2), f('abcdef', 0), f('abcdef', 6), f('abcdef', -2))
print(f('', 0), f('x', 5), f('rotate', 3))
def g(s):
    return s[1::3], s[-2::-2], s[len(s) // 2]
print(g('0123456789'), g('xyz'))
