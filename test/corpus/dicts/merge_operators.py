# dict | and |= (mappings with keys(), pairs) and three-argument pow.
a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a)
a |= [(5, 'x')]
print(a)
class M:
    def keys(self): return ['k']
    def __getitem__(self, k): return k * 2
a |= M()
print(a, pow(3, -1, 7), pow(2, 10, -7), pow(5, 3, 13))
try:
    a | [(1, 2)]
except TypeError as e:
    print(e)
