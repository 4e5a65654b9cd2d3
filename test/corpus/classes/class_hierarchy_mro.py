class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B+' + super().who()
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C+' + super().who()
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
d = D()
print(d.who(), d.chain())
print([cls.__name__ for cls in D.__mro__])
print(isinstance(d, C), issubclass(D, A), D.__bases__)
