a = [1, 2]
a.append(a)
print(a, len(a))
b = {'self': None}
b['self'] = b
print(b)
c = [[]]
c[0].append(c)
print(c)
d = [1]
e = [d, d]
print(e, e[0] is e[1])
f = {'x': [1]}
f['x'].append(f)
print(f)
