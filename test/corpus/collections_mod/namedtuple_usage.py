from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), len(p))
q = p._replace(x=10)
print(q, p, q == (10, 4), isinstance(q, tuple))
x, y = p
print(x + y, sum(p), Point._fields, Point(y=1, x=2))
Person = namedtuple('Person', 'name age city', defaults=['NYC'])
people = [Person('ann', 30), Person('bob', 25, 'LA')]
print(people, sorted(people, key=lambda r: r.age)[0].name)
print(Person._make(['cy', 40, 'SF']), type(p).__name__)
