square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'const')())
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda s: s[::-1], ['abc', 'de'])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(square, lambda x: x + 1)
print(inc_then_sq(3), compose(str, abs)(-5))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in funcs])
late = [lambda x: x + i for i in range(3)]
print([fn(10) for fn in late])
print(square.__name__, (lambda *a, **k: (a, k))(1, z=2))
