class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __str__(self):
        return f'{self.name} with area {self.area():.2f}'
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1), Shape('blob')]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area())[-1].name)
print([type(s).__name__ for s in shapes], Square.__mro__[1].__name__, isinstance(Square(1), Shape))
