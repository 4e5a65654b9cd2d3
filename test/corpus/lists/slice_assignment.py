a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = [1, 2, 3, 4, 5]
b[1:3] = []
print(b)
b[-1:] = 'xyz'
print(b)
c = [1, 2, 3, 4, 5, 6]
c[::-2] = 'ABC'
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
