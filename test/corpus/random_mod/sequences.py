# shuffle, sample (small pools copy the population, large ones track picks in a set) and choices.
import random

random.seed(7)
deck = [rank + suit for suit in 'SHDC' for rank in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:13])
hand = random.sample(deck, 5)
print(hand, sorted(hand))
print(random.sample(range(20), 20))
print(random.sample(range(10**9), 8), random.sample(range(100), 25))
print(random.sample('mississippi', 4), random.sample(('red', 'green', 'blue'), k=2))
print(random.sample(['a', 'b', 'c'], k=6, counts=[3, 2, 1]))
print(random.choices('xyz', k=12))
print(random.choices(['win', 'lose', 'draw'], weights=[2, 5, 3], k=10))
print(random.choices(range(5), cum_weights=[0.1, 0.3, 0.6, 0.9, 1.0], k=10))
letters = list('abcdefgh')
for _ in range(3):
    random.shuffle(letters)
    print(''.join(letters))
t = tuple(range(6))
print(random.sample(t, len(t)), t)
