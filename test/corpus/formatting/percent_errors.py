for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%d', [1])]:
    try:
        print(fmt % args)
    except TypeError as e:
        print('TypeError:', e)
print('%s' % ((1, 2),), '%r' % ((1, 2),))
print('%.3d|%3d|%-3d|' % (7, 7, 7))
print('%s and %r' % ('ok', 'ok'))
