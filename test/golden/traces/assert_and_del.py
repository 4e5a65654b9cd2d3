# call: f(5)
def f(n):
    x = [n, n + 1]
    assert len(x) == 2, 'two items'
    y = x[0]
    del x
    assert y < 3, f'too big: {y}'
    return y
