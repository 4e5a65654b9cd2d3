class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __add__(self, item):
        new = Bag()
        new.items = self.items + [item]
        return new
b = Bag()
alias = b
b += 'x'
b += 'y'
print(b.items, alias.items, b is alias)
c = b + 'z'
print(c.items, b.items, c is b)
class NoIadd:
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        return NoIadd(self.n + k)
n = NoIadd(1)
m = n
n += 5
print(n.n, m.n, n is m)
