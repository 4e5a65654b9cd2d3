a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
d = {}
d['k'] = d['j'] = 5
print(d)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p = q = (1, 2)
p += (3,)
print(p, q)
