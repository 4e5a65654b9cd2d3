# Random subclasses (overriding random() or getrandbits()) and the exact error messages.
import random

class Fixed(random.Random):
    def random(self):
        return 0.7

f = Fixed(1)
print(f.randrange(10), f.choice('abcde'), f.uniform(0, 10), f.choices('ab', k=3), f.sample(range(5), 2))

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

c = Counting(5)
print([c.randint(1, 100) for _ in range(5)], c.calls, [random.Random(5).randint(1, 100) for _ in range(1)])
checks = [
    lambda: random.randrange(0), lambda: random.randrange(4, 4), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(1, 'x'), lambda: random.randint(5, 1), lambda: random.choice(''),
    lambda: random.sample(range(3), 4), lambda: random.sample({1, 2, 3}, 2), lambda: random.choices('ab', 2),
    lambda: random.choices('ab', [1]), lambda: random.choices('ab', [0, 0]), lambda: random.getrandbits(-3),
    lambda: random.seed([1, 2]), lambda: random.randint(1), lambda: random.shuffle('abc'),
]
for check in checks:
    try:
        check()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
