class Token:
    def __init__(self, v):
        self.v = v
a, b = Token(1), Token(1)
print(a == b, a != b, a == a, a in [b], a in [a], [a].count(b))
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Val) and self.v == other.v
x, y = Val(2), Val(2)
print(x == y, x != y, x != Val(3), x == 2, Val.__hash__ is None)
class Reflect:
    def __eq__(self, other):
        print('Reflect.__eq__ called')
        return True
print(5 == Reflect(), Reflect() == 5, 'a' != Reflect())
