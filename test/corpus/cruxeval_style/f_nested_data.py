def f(data):
    total = 0
    for key in sorted(data):
        val = data[key]
        if isinstance(val, dict):
            total += f(val)
        elif isinstance(val, list):
            total += sum(v for v in val if isinstance(v, int))
        elif isinstance(val, int):
            total += val
    return total
print(f({'a': 1, 'b': {'c': 2, 'd': [3, 'x', 4]}, 'e': 'skip'}))
print(f({}), f({'x': {'y': {'z': 10}}}), f({'b': True}))
