# call: f(3)
def f(n):
    if n == 0:
        return [][0]
    return f(n - 1)
