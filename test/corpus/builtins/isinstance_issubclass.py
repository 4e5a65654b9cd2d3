class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance('s', str))
print(isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, float), isinstance({}, dict))
print(type(d) == Dog, type(d) == Animal, Dog.__bases__, Dog.__mro__)
try:
    isinstance(d, 'Dog')
except TypeError as e:
    print('TypeError:', e)
