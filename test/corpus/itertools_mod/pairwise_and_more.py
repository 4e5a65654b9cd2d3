from itertools import pairwise, takewhile, dropwhile, starmap, compress, filterfalse, tee
print(list(pairwise([1, 4, 9, 16])), list(pairwise('a')))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))))
a, b = tee([1, 2, 3])
print(list(a), list(b))
diffs = [b - a for a, b in pairwise([3, 8, 10, 17])]
print(diffs, max(diffs))
