class Range2:
    def __init__(self, start, stop, step=1):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        value = self.cur
        self.cur += self.step
        return value
r = Range2(0, 10, 3)
print(list(r), list(r))
print(sum(Range2(1, 5)), max(Range2(2, 9, 2)), dict(zip(Range2(0, 3), 'abc')))
class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), 3 in t, sorted(t, reverse=True))
