def gen():
    yield 1
    return 'result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('again', e.value, repr(e))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
it = counter(2)
print([x for x in it], list(it))
