def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x * 2
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert [], 'empty list'
except AssertionError as e:
    print(repr(e))
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), str(e) == '')
assert True, 'never'
print('done')
