# bytes % args: the str engine with bytes rules for %s/%b, %r/%a and %c.
print(b'%d|%5.2f|%x|%c|%c' % (5, 3.14159, 255, 65, b'z'), b'%s %b' % (b'ab', bytearray(b'cd')))
print(b'%r %a' % ('\xe9', b'x'), b'x' % (), b'%(k)s' % {b'k': b'v'}, bytearray(b'%d') % 3)
print(b'%5s|%-4b|' % (b'ab', b'c'), b'%%' % (), b'%.1s' % b'abc', b'%i %u %o %X %e %g' % (1, 2, 8, 255, 1.5, 0.1))
class B:
    def __bytes__(self):
        return b'custom'
print(b'<%s>' % B(), b'%d' % True)
for fmt, args in [(b'%s', 'x'), (b'%c', 256), (b'%c', 'a'), (b'x', '10'), (b'%s', 5), (b'%d', b'1')]:
    try:
        print(fmt % args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for expr in ["'ab' % set()", "'ab' % [1]", "'ab' % b'x'", "'' * 10**30", "[1] * 2**63", "() * -10**30"]:
    try:
        print(expr, repr(eval(expr)))
    except (TypeError, OverflowError) as e:
        print(expr, type(e).__name__, e)
print(hash('') == hash(-0.0) == 0)
for v in [b'x', bytearray(b'1x'), b'']:
    for conv in (int, float):
        try:
            conv(v)
        except ValueError as e:
            print(e)
