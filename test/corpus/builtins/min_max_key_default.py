vals = [4, -7, 2, 9, -1]
print(min(vals), max(vals), min(vals, key=abs), max(vals, key=abs))
print(min(3, 1, 2), max('apple', 'pear', 'fig'), max('apple', 'pear', 'fig', key=len))
print(min([], default='empty'), max([], default=None), min([5], default=0))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min('hello'))
print(max([1, 3, 3, 2], key=lambda x: x), max(['aa', 'b', 'cc'], key=len))
d = {'x': 3, 'y': 7, 'z': 7}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max(1)
except TypeError as e:
    print('TypeError:', e)
