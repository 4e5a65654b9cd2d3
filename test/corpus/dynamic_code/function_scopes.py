# eval and exec inside functions: they read the function's variables but exec cannot rebind them.
def scale(values, factor):
    total = 0
    for v in values:
        total += eval('v * factor')
    return total


print(scale([1, 2, 3], 10))


def rebind():
    x = 1
    exec('x = 2\ny = 3')
    snapshot = locals()
    return x, snapshot['x'], snapshot['y'], sorted(snapshot)


print(rebind())


def counter():
    n = 0
    while eval('n < 3'):
        n += 1
        yield eval('n * n')


print(list(counter()))
