# call: f(3)
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'

def f(n):
    g = countdown(n)
    first = next(g)
    rest = list(g)
    return first, rest
