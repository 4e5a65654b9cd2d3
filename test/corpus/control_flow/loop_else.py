def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while done', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('never printed')
print('end', n)
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=' ')
print()
