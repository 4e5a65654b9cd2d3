class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return 'token'
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('suppressed', repr(exc))
            return True
        return False
with Suppress(KeyError, IndexError) as t:
    print(t)
    [][1]
    print('not reached')
print('after first')
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('escaped', e)
def f():
    with Suppress(ValueError):
        return 'returned inside with'
print(f())
