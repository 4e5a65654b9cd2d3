cases = [
    lambda: int('x'),
    lambda: int('3.5'),
    lambda: float('abc'),
    lambda: [1, 2].remove(3),
    lambda: 'abc'.index('z'),
    lambda: [1, 2].index(5),
    lambda: (1, 2).index(9),
    lambda: int('12', 1),
    lambda: chr(-1),
    lambda: 'a,b'.split(''),
    lambda: range(0, 10, 0),
    lambda: [].index(0),
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print('ValueError:', e)
