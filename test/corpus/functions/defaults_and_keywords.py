def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2))
def describe(a, b=None, *, sep='-'):
    return sep.join(str(x) for x in (a, b) if x is not None)
print(describe(1), describe(1, 2), describe(1, 2, sep='+'))
try:
    describe(1, 2, '+')
except TypeError as e:
    print('TypeError:', e)
print(greet.__defaults__, describe.__kwdefaults__, power.__name__)
