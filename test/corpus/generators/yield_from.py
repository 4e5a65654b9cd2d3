def inner():
    yield 1
    yield 2
    return 'inner-done'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield from 'ab'
    yield from range(3, 5)
print(list(outer()))
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, (2, [3, 4]), [[5]], 6])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (), 'xy', {9: 0})))
