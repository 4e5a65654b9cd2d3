# call: f()
def echo():
    received = yield 'ready'
    while received is not None:
        received = yield received * 2

def f():
    g = echo()
    a = next(g)
    b = g.send(5)
    c = g.send(7)
    return a, b, c
