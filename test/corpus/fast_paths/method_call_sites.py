# One call site seeing different receivers: builtin types, user classes, shadowing attributes.
class A:
    def m(self):
        return 'A.m'
    def append(self, x):
        return 'A.append(%r)' % (x,)
a = A()
for i in range(3):
    if i == 1:
        a.m = lambda: 'instance attribute'
    print(a.m())
for x in [[1], {1: 2}, {3}, A(), [2]]:
    print(type(x).__name__, x.append(9) if hasattr(x, 'append') else x.copy())
for s in ['abc', 'XyZ', b'bytes']:
    print(s.upper(), s.lower())
class B(A):
    def m(self):
        return 'B.m+' + super().m()
for obj in [A(), B(), A()]:
    print(obj.m())
class WithCall:
    def __init__(self):
        self.f = len
for v in ['ab', [1, 2, 3]]:
    print(WithCall().f(v))
items = []
add = items.append
for i in range(4):
    add(i * i)
print(items, [].__len__(), 'a,b'.split(','))
