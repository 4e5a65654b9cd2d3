print('{:>{w}}|{:<{w}}|'.format('r', 'l', w=5))
print('{0:{1}}|{0:{2}}|'.format(3.14159, '.2f', '>8.1f'))
print('{0!r:^10}|{0!s:^10}|'.format('hi'))
print('{a[0]}-{a[1]}-{b.imag}'.format(a='xy', b=3))
print('{:,d} {:_b} {:#o} {:+.1e}'.format(10 ** 9, 10, 64, 12345.678))
print('{}{}{}'.format(*'abc'), '{x}{y}'.format(**{'x': 1, 'y': 2}))
for bad in ['{', '{0} {}', '{missing}']:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
