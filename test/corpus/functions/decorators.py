def trace(fn):
    def inner(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f'{fn.__name__}{args} -> {result!r}')
        return result
    inner.__name__ = fn.__name__
    inner.__doc__ = fn.__doc__
    return inner
def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco
@trace
def mul(a, b):
    """Multiply."""
    return a * b
@repeat(3)
def hello(name):
    return 'hi ' + name
mul(3, 4)
mul('x', 2)
print(mul.__name__, mul.__doc__, hello('bo'))
@trace
@repeat(2)
def one():
    return 1
one()
