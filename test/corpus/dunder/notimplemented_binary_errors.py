class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __repr__(self):
        return f'{self.v}m'
print(Meters(2) + Meters(3))
for op in [lambda: Meters(1) + 5, lambda: 5 + Meters(1), lambda: Meters(1) - Meters(1), lambda: Meters(1) * 2]:
    try:
        print(op())
    except TypeError as e:
        print('TypeError:', e)
try:
    Meters(1) < Meters(2)
except TypeError as e:
    print('TypeError:', e)
try:
    len(Meters(1))
except TypeError as e:
    print('TypeError:', e)
