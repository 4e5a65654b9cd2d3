from itertools import permutations, combinations, combinations_with_replacement
print(list(permutations([1, 2, 3])))
print(list(permutations('abc', 2)))
print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3))[:4], len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement('ab', 2)), list(permutations([])), list(combinations([1], 2)))
print(sum(1 for p in permutations(range(5)) if p[0] < p[-1]))
print([''.join(p) for p in permutations('aab')])
