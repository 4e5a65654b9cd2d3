def f(d, key):
    d = dict(d)
    value = d.pop(key, None)
    d[str(value)] = key
    d.update({k.upper(): v for k, v in d.items() if isinstance(k, str) and k.islower()})
    return d
print(f({'a': 1, 'b': 2}, 'a'))
print(f({}, 'missing'))
print(f({'X': 'y', 'z': 0}, 'X'))
