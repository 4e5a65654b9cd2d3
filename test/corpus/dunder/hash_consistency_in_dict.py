class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return len(self.name)
    def __eq__(self, other):
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return f'Key({self.name!r})'
d = {Key('abc'): 1}
d[Key('ABC')] = 2
d[Key('xyz')] = 3
print(d, len(d))
print(Key('aBc') in d, d[Key('XYZ')], Key('ab') in d)
s = {Key('a'), Key('A'), Key('b')}
print(len(s))
