def f(d):
    result = []
    while d:
        key, value = d.popitem()
        result.append(f'{key}={value}')
    return ','.join(result)
print(f({'a': 1, 'b': 2, 'c': 3}))
print(repr(f({})), f({0: None}))
def g(d, keys):
    return [d.pop(k, '?') for k in keys], d
print(g({'x': 1, 'y': 2}, ['y', 'z', 'y']))
