def parse(value):
    try:
        return 10 // int(value)
    except (ValueError, TypeError) as e:
        return f'bad input: {type(e).__name__}: {e}'
    except ZeroDivisionError as e:
        return f'zero: {e}'
for v in ['5', 'abc', None, '0', 3.7, [1]]:
    print(repr(v), '->', parse(v))
try:
    {}['x']
except (IndexError, KeyError) as e:
    print('lookup failed', repr(e))
try:
    raise KeyError('k')
except LookupError as e:
    print('LookupError catches', type(e).__name__)
