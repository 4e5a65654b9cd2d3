# call: f([1, 0])
def inner(x):
    return 1 / x

def middle(x):
    try:
        return inner(x)
    except ZeroDivisionError:
        raise KeyError('wrapped')

def f(xs):
    out = []
    for x in xs:
        try:
            out.append(middle(x))
        except KeyError as e:
            out.append(repr(e))
    return out
