def f(a, b):
    common = sorted(set(a) & set(b))
    only_a = sorted(set(a) - set(b))
    return ''.join(common), ''.join(only_a), len(set(a) ^ set(b))
print(f('hello', 'world'))
print(f('abc', 'abc'), f('', 'xyz'))
