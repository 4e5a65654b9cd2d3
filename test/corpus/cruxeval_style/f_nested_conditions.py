def f(a, b, c):
    if a > b:
        if b > c:
            return 'desc'
        return 'peak' if a > c else 'mixed-a'
    elif a == b == c:
        return 'flat'
    else:
        return 'asc' if b < c else 'valley' if c < a else 'other'
for args in [(3, 2, 1), (3, 1, 2), (2, 1, 3), (1, 1, 1), (1, 2, 3), (2, 3, 1), (1, 3, 2), (1, 1, 2)]:
    print(args, f(*args))
