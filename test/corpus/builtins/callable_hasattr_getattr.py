class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(hasattr(p, 'x'), hasattr(p, 'z'), getattr(p, 'y'), getattr(p, 'z', 'none'))
setattr(p, 'z', 9)
print(p.z, getattr(p, 'norm1')(), callable(p.norm1), callable(p), callable(Point), callable(len))
delattr(p, 'z')
print(hasattr(p, 'z'), getattr(Point, 'dims'), vars(p))
try:
    getattr(p, 'w')
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(k for k in vars(p)), isinstance(p, Point), type(p) is Point)
