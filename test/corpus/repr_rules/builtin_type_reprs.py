print(type(1), type(1.0), type('s'), type(b's'), type([]), type(()), type({}), type(set()))
print(type(frozenset()), type(range(1)), type(None), type(True), type(print))
print(repr(int), str(str), type(type), type(len).__name__)
print(int.__name__, list.__name__, type([]).__name__, type(3.5).__qualname__)
class Foo:
    pass
print(Foo.__name__, type(Foo()).__name__, type(Foo).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(iter([])).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__)
print(type({}.keys()).__name__, type(reversed([])).__name__)
