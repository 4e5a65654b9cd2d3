def risky():
    yield 1
    yield 2
    raise ValueError('generator failed')
out = []
try:
    for v in risky():
        out.append(v)
except ValueError as e:
    print('caught', e, out)
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield None
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))
g = (10 // x for x in [5, 0, 1])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(list(g))
