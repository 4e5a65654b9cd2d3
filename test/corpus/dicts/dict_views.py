d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(k, len(v), ('d', 4) in it, 'a' in k, 2 in v)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}))
print(list(reversed(d.keys())), list(reversed(d.values())))
print({}.keys(), dict().items(), {1: 2}.values())
print(sorted(d.items(), key=lambda kv: -kv[1]))
