# vars() without an argument is locals(); with one it is the object's __dict__.
print(vars() is globals(), sorted(k for k in vars() if not k.startswith('__')))
def f(a):
    b = 2
    return vars()
print(f(1))
class P:
    def __init__(self):
        self.x = 1
        self.y = [2]
print(vars(P()), 'x' in vars(P), '__init__' in vars(P))
try:
    vars(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)
