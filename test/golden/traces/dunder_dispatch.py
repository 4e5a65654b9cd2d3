# call: f(3, 4)
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f'Vec({self.x}, {self.y})'

def f(a, b):
    v = Vec(a, b) + Vec(1, 1)
    same = v == Vec(4, 5)
    return v, same, len(v), bool(Vec(0, 0))
