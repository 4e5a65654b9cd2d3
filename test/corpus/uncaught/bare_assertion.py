values = [2, 4, 6, 7]
for v in values:
    print(v, v % 2 == 0)
assert all(v % 2 == 0 for v in values)
print('unreachable')
