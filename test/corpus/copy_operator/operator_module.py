import operator
from operator import itemgetter, attrgetter
rows = [('ann', 31, 'nyc'), ('bob', 25, 'la'), ('cy', 31, 'la')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0), reverse=True)[0])
print(itemgetter(0, 2)(rows[0]), itemgetter('k')({'k': 'v'}), list(map(itemgetter(-1), rows)))
class U:
    def __init__(self, name, score):
        self.name, self.score = name, score
us = [U('x', 3), U('y', 1), U('z', 2)]
print([u.name for u in sorted(us, key=attrgetter('score'))], attrgetter('name', 'score')(us[0]))
print(operator.add(2, 3), operator.mul('ab', 2), operator.sub(5, 8), operator.neg(4), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 5), operator.eq(1, 1.0), operator.lt('a', 'b'))
print(operator.getitem([1, 2, 3], 1), operator.contains('abc', 'b'), operator.not_(0), operator.and_(6, 3))
from functools import reduce
print(reduce(operator.or_, [1, 2, 4, 8]), reduce(operator.concat, [[1], [2, 3]]))
