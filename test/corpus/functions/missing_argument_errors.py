def f(a, b, c=3):
    return a + b + c
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, a=1),
    lambda: f(b=2, c=3),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
class K:
    def m(self, x):
        return x
try:
    K().m()
except TypeError as e:
    print('TypeError:', e)
print(f(1, 2), f(c=0, b=1, a=2))
