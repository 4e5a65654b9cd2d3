records = [('ann', 31, 'nyc'), ('bob', 25, 'la'), ('cy', 40, 'sf')]
for name, age, city in records:
    print(f'{name:>4} {age:3} {city}')
oldest = max(records, key=lambda r: r[1])
print(oldest)
names, ages, cities = zip(*records)
print(names, ages, cities)
(first, (x, y)), z = ('a', (1, 2)), 3
print(first, x, y, z)
for i, (n, _, c) in enumerate(records, 1):
    print(i, n, c)
