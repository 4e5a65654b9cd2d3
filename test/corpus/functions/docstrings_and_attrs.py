def area(w, h=1):
    """Return the area of a rectangle."""
    return w * h
print(area.__doc__, area.__name__, area.__defaults__)
area.calls = 0
area.calls += 1
print(area.calls)
def nodoc():
    return None
print(nodoc.__doc__, nodoc())
print(callable(area), area(3, 4), area(w=2))
def returns_nothing():
    x = 1
print(returns_nothing(), repr(returns_nothing()))
def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(multi(), a, b, c)
