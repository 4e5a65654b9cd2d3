from itertools import chain, islice, count, cycle, repeat, zip_longest
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(100), 5)), list(islice('abcdefg', 2, 6, 2)), list(islice(count(10, 5), 4)))
print(list(islice(cycle('xyz'), 7)), list(repeat('r', 3)), list(zip(count(), 'ab')))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest([1, 2], [3])))
c = count(1)
print(next(c), next(c), next(c))
print(list(islice(count(0.5, 0.25), 3)), list(map(pow, range(4), repeat(2))))
