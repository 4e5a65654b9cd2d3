x = 10
def f():
    print(x)
f()
def g():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 5
    return x
print(g())
def h():
    try:
        y += 1
    except UnboundLocalError as e:
        print(type(e).__name__, isinstance(e, NameError), e)
    y = 0
h()
def outer():
    v = 1
    def inner():
        return v + 1
    v = 41
    return inner()
print(outer())
