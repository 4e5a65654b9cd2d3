# Seeds of every supported type, independent Random instances, and getstate/setstate replay.
import random

for seed in [0, 1, -1, 12345678901234567890, 2.5, -0.75, True, 'spam', '', b'\x00\xff', bytearray(b'eggs')]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 1000))
random.seed('legacy', version=1)
print(random.random())
a = random.Random(42)
b = random.Random(42)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10), a.random() != random.Random(43).random())
state = a.getstate()
first = [a.randrange(1000) for _ in range(5)]
a.setstate(state)
print(first, [a.randrange(1000) for _ in range(5)], state[0], len(state[1]))
b.seed(42)
print(b.random(), random.Random(42).random())
random.seed(99)
x = random.random()
r = random.Random(99)
print(x == r.random(), random.random() == r.random())
