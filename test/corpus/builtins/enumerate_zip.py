for i, ch in enumerate('abc'):
    print(i, ch, end='; ')
print()
print(list(enumerate(['x', 'y'], start=10)), list(enumerate('')))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip([1, 2], [3, 4], strict=True)))
