class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(obj):
    match obj:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y-axis at {y}'
        case Point(x, 0):
            return f'on x-axis at {x}'
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f'big circle at x={cx}'
        case Circle():
            return 'small circle'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case _:
            return 'unknown'
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(2, 2), 20), Circle(Point(0, 0), 1), 7, 2.5, 'hi', None]:
    print(where(o))
