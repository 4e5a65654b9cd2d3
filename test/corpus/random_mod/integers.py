# Integer draws from a seeded module: randint, randrange with steps, choice and getrandbits.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(100) for _ in range(10)])
print([random.randrange(-50, 50, 7) for _ in range(8)], [random.randrange(90, 0, -9) for _ in range(5)])
print(random.randrange(10**40), random.randint(-(2**70), 2**70), random.randrange(2**32 - 1), random.randrange(2**32 + 1))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65)])
print(random.choice('abcdefghij'), random.choice([None, True, 2.5]), random.choice(range(0, 1000, 3)))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
print([rolls.count(total) for total in range(2, 13)])
coins = ''.join(random.choice('HT') for _ in range(60))
print(coins, coins.count('H'))
print(random.randbytes(10), random.randbytes(0))
