cases = {
    '1 / 0': lambda: 1 / 0,
    '1 // 0': lambda: 1 // 0,
    '1 % 0': lambda: 1 % 0,
    'divmod(1, 0)': lambda: divmod(1, 0),
    '1.0 / 0': lambda: 1.0 / 0,
    '1 // 0.0': lambda: 1 // 0.0,
    '2.5 % 0': lambda: 2.5 % 0,
    '0 ** -1': lambda: 0 ** -1,
    '10 ** 20 // 0': lambda: 10 ** 20 // 0,
}
for expr, fn in cases.items():
    try:
        fn()
    except ZeroDivisionError as e:
        print(expr, '->', e)
def avg(xs):
    return sum(xs) / len(xs)
try:
    avg([])
except ZeroDivisionError as e:
    print('avg:', e)
x = 0
try:
    x //= 0
except ZeroDivisionError as e:
    print(repr(e))
