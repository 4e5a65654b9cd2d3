class Widget:
    pass
class Sub(Widget):
    pass
print(type(Widget()), Widget, Sub)
print(repr(type(Sub())), type(Widget) is type, type(type))
print(Widget.__name__, Widget.__qualname__, Widget.__module__)
def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__name__, L.__qualname__)
print(str(int), str(Widget), [Widget, int])
