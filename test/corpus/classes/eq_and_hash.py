class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x}, {self.y})'
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a != c, a == (1, 2), a != 'x')
seen = {a, b, c}
print(len(seen), sorted(seen, key=lambda p: p.x))
d = {a: 'first'}
d[b] = 'second'
print(d, Point(1, 2) in d, [a, c].index(b), [c, b].count(a))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
print(NoHash() == 5, NoHash.__hash__)
