# call: f(-5)
class NegativeError(ValueError):
    pass

def check(x):
    if x < 0:
        raise NegativeError(f'{x} < 0')
    return x

def f(x):
    try:
        return check(x)
    except ValueError as err:
        return 'caught: ' + str(err)
