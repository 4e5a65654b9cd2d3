pairs = [('a', 1), ('b', 2), ('c', 3, 'extra')]
print(len(pairs), [len(p) for p in pairs])
lookup = {}
for key, value in pairs:
    lookup[key] = value
    print(key, value, lookup)
