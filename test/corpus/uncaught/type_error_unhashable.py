groups = {}
items = [('a', 1), ('b', 2), (['c'], 3)]
for key, value in items:
    print('adding', key)
    groups[key] = value
