def noisy(name, values):
    for v in values:
        print(f'{name} yields {v}')
        yield v
pairs = zip(noisy('A', [1, 2, 3]), noisy('B', 'xy'))
print('zip created')
print(list(pairs))
g = (print('eval', x) or x for x in range(2))
print('genexp created')
print(sum(g))
m = map(lambda v: v * 10, noisy('C', [1, 2]))
print(next(m))
print('between')
print(list(m))
