d = {}
for k in ['banana', 'apple', 'cherry']:
    d[k] = len(k)
print(d)
d['apple'] = 0
print(d)
del d['banana']
d['banana'] = 99
print(d)
print(list(d.keys()), list(d.values()))
print({**d, 'apple': 'over', 'z': 1})
print(d | {'x': 1}, {'a': 1} | {'a': 2})
d |= {'cherry': -1}
print(d)
print({1: 'a', True: 'b', 1.0: 'c'})
