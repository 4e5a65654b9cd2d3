class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print('radd with', other)
        return self.__add__(other)
    def __repr__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet))
print(10 + Money(90), Money(1) + 2)
try:
    Money(1) + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' + Money(1)
except TypeError as e:
    print('TypeError:', e)
