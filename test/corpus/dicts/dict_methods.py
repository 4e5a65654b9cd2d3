d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0))
print(d.keys(), d.values(), d.items())
print(list(d), list(d.items())[0])
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.setdefault('b', 100), d.setdefault('new', []), d)
d.update({'b': 20, 'e': 5}, f=6)
print(d)
print(d.popitem(), d)
e = dict.fromkeys(['x', 'y'], 0)
print(e, dict.fromkeys('ab'))
e.clear()
print(e, dict(a=1, b=2), dict([('k', 'v')]), dict(zip('ab', [1, 2])))
