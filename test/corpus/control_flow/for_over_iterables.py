for ch in 'hi':
    print(ch)
for k in {'b': 1, 'a': 2}:
    print(k)
for k, v in sorted({'b': 1, 'a': 2}.items()):
    print(k, v)
for x in (1, 2), (3, 4):
    print(x)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
for _ in []:
    print('never')
print(x)
