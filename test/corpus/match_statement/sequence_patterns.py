def describe(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *rest] if len(rest) > 3:
            return f'long: {first} + {len(rest)} more'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', range(3)]:
    print(repr(s), '->', describe(s))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
