a = [1]
b = a
a += [2]
print(a, b)
a = a + [3]
print(a, b)
s = 'ab'
t = s
s += 'c'
print(s, t)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2)
n = 10
n /= 4
print(n, type(n).__name__)
m = 7
m **= 2
m %= 10
print(m)
counts = {'x': 1}
counts['x'] += 1
counts['y'] = counts.get('y', 0) + 1
print(counts)
