class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10.0', '1.2', '1.2.1', '0.9', '1.10']]
print(sorted(vs))
print(max(vs), min(vs), Version('2.0') > Version('1.99'), Version('1.0') == Version('1.0'))
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f'Card({self.rank})'
print(sorted([Card(5), Card(2), Card(9)]), max(Card(1), Card(3)))
try:
    Card(1) <= Card(2)
except TypeError as e:
    print('TypeError:', e)
