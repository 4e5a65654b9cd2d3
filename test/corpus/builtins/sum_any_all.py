print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(101)))
print(sum([[1], [2, 3]], []), sum((x * x for x in range(4))), sum([True, True, False]))
print(any([]), all([]), any([0, '', None]), any([0, 'x']), all([1, 'a', [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 2, 5]), all(x % 2 == 0 for x in [2, 4, 7]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
