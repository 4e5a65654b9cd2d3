tests = [[1, 2, 3], [1], 'abcd']
for t in tests:
    try:
        a, b = t
        print(a, b)
    except ValueError as e:
        print('ValueError:', e)
try:
    a, b, *c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    x, y = 5
except TypeError as e:
    print('TypeError:', e)
a, b = 'xy'
print(a, b)
