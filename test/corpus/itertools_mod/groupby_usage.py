from itertools import groupby
data = 'aaabbcaaad'
print([(k, len(list(g))) for k, g in groupby(data)])
print(''.join(f'{k}{len(list(g))}' for k, g in groupby(data)))
people = [('ann', 'nyc'), ('bob', 'la'), ('cy', 'nyc'), ('di', 'la'), ('ed', 'sf')]
people.sort(key=lambda p: p[1])
for city, members in groupby(people, key=lambda p: p[1]):
    print(city, [m[0] for m in members])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([list(g) for _, g in groupby(nums, key=lambda n: n % 2)])
print([k for k, _ in groupby([1, 1, 2, 2, 1])])
