class Num:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f'lt({self.n}, {other.n})')
        return self.n < other.n
    def __gt__(self, other):
        print(f'gt({self.n}, {other.n})')
        return self.n > other.n
a, b = Num(1), Num(2)
print(a < b)
print(a > b)
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
print(OnlyLt(3) > OnlyLt(1), OnlyLt(3) < OnlyLt(1))
try:
    OnlyLt(1) < 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    OnlyLt(1) >= OnlyLt(2)
except TypeError as e:
    print('TypeError:', e)
