print(3 in [1, 2, 3], 'a' in 'cat', 'at' in 'cat', 'ta' in 'cat', 1 in {1: 'x'}, 'x' in {1: 'x'})
print(2 in (1, 2), 5 in range(10), 5.0 in range(10), 5.5 in range(10), 'k' in {'k'}, [] in [[]])
print(None in [0, False, ''], 0 in [False], 1 not in [True], 'A' in 'abc'.upper())
class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(2 in Bag([1, 2]), 7 in Bag([]))
try:
    print(1 in 5)
except TypeError as e:
    print('TypeError:', e)
try:
    print(1 in 'abc')
except TypeError as e:
    print('TypeError:', e)
