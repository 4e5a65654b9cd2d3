def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, 2, 3, 4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
def g(x, /, y=5, *, z=6):
    return x + y + z
print(g(1), g(1, 2), g(1, z=0), g(1, y=1, z=1))
def h(*, key):
    return key
print(h(key='k'))
