from itertools import product, accumulate
import operator
print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), 'xy'))))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
print(list(accumulate('abc')))
