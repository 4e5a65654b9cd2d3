def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2, a=3)
show(*[1, 2], *(3,), **{'x': 1}, y=2)
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(5)))
def merge(**opts):
    return sorted(opts.items())
print(merge(b=2, a=1), merge(**{'z': 0}))
def f(a, b, *args, c=10, **kw):
    return a, b, args, c, kw
print(f(1, 2), f(1, 2, 3, 4, c=5, d=6), f(*'xy', **{'c': 0}))
nums = [3, 1, 2]
print(max(*nums), print(*nums, sep=','))
