# dir() of classes, instances, builtins and the caller's scope.
class Shape:
    sides = 0

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2


sq = Square(3)
print([n for n in dir(sq) if not n.startswith('__')])
print([n for n in dir(Square) if not n.startswith('_')], '__init__' in dir(Square))
print(sorted(set(dir(sq)) - set(dir(object))))
print([n for n in dir(str) if not n.startswith('_')][:10])
print(len(dir(list)), len(dir(dict)), len(dir(int)), len(dir(None)))
print([m for m in dir([]) if not m.startswith('_')])


def inspect(a, *args):
    b = 2
    return dir()


print(inspect(1))
print([name for name in dir(sq) if not name.startswith('_') and callable(getattr(sq, name))])
