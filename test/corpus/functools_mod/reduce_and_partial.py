from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(lambda a, b: a + b, [], 'init'))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)
base2 = partial(int, base=2)
print(base2('1010'), base2('111'))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube_of_two = partial(power, 2)
print(square(7), cube_of_two(3), square.func.__name__, square.keywords, cube_of_two.args)
