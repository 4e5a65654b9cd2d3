# bytes.hex with a separator, and str.translate with any subscriptable table.
for args in [(), (':',), (':', 2), (b'-', -2), (':', 0), ('|', 10)]:
    print(b'abcde'.hex(*args), bytearray(b'abcdef').hex(*args), b''.hex(*args))
for args, kwargs in [(('ab',), {}), ((1,), {}), ((':', 'x'), {}), ((), {'x': 1}), ((), {'sep': '_', 'bytes_per_sep': 3})]:
    try:
        print(b'abcdef'.hex(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('abc'.translate([1] * 200), 'abc'.translate({97: None, 98: 'XY'}), 'abc'.translate('z' * 105), ''.translate(5))
class T:
    def __getitem__(self, k):
        if k == 97:
            return 'A'
        raise LookupError
print('abc'.translate(T()), 'abc'.translate([None] * 98))
try:
    'abc'.translate(5)
except TypeError as e:
    print('TypeError:', e)
