def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return 'FizzBuzz'
        case (0, _):
            return 'Fizz'
        case (_, 0):
            return 'Buzz'
        case _:
            return str(n)
print(' '.join(fizz(i) for i in range(1, 16)))
def sign(x):
    match x:
        case n if n < 0:
            return 'neg'
        case 0:
            return 'zero'
        case n:
            return f'pos({n})'
print([sign(v) for v in (-2, 0, 9)])
cmd = 'go north fast'
match cmd.split():
    case ['go', ('north' | 'south') as direction, *flags]:
        print('moving', direction, flags)
    case _:
        print('?')
