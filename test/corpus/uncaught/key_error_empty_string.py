d = {'a': 1}
print(d.get(''), d.get('a'))
d['b'] = d.get('b', 0) + 1
print(d, '' in d)
print(d[''])
