cases = [
    lambda: [1, 2][5],
    lambda: 'abc'[10],
    lambda: (1,)[-2],
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: range(3)[3],
    lambda: b'x'[1],
]
for c in cases:
    try:
        c()
    except IndexError as e:
        print(repr(e))
lst = [0]
try:
    lst[2] = 1
except IndexError as e:
    print(e)
print([1, 2][-1], 'abc'[-3], [1, 2, 3][1:100])
