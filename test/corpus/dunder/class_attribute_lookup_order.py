class Base:
    greeting = 'base hello'
    def greet(self):
        return self.greeting
class Child(Base):
    greeting = 'child hello'
obj = Child()
print(obj.greet(), Base().greet())
obj.greeting = 'instance hello'
print(obj.greet(), Child.greeting)
del obj.greeting
print(obj.greet())
Child.greet = lambda self: 'patched ' + self.greeting
print(obj.greet(), Base().greet())
print(Child.__name__, Child.__bases__[0].__name__, 'greeting' in Child.__dict__)
