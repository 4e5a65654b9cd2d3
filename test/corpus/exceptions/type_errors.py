five, nothing = 5, None
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (2,),
    lambda: 'x' * 'y',
    lambda: five(),
    lambda: nothing[0],
    lambda: five[1],
    lambda: len(7),
    lambda: {}[[]],
    lambda: 'a' < 1,
    lambda: -'a',
    lambda: sorted([1, 'a']),
    lambda: 'abc'.upper(1),
    lambda: int([1]),
    lambda: [1, 2] - [1],
    lambda: None + None,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print('TypeError:', e)
