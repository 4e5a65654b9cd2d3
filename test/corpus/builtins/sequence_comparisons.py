print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [] < [1], [3] > [2, 9, 9])
print((1, 'b') > (1, 'a'), ('a', 2) < ('b', 1), 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a')
print([1, [2, 3]] < [1, [2, 4]], [1, 2] == [1, 2.0], (1, 2) == [1, 2])
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pairs), max(pairs), min(pairs))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print('TypeError:', e)
