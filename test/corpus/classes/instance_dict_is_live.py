# An instance's __dict__ (and vars(obj)) is the live attribute namespace, not a copy.
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = Config(a=1, b='two')
print(c.a, c.b, sorted(vars(c)))
c.__dict__['z'] = 3
vars(c)['w'] = [4]
print(c.z, c.w, hasattr(c, 'w'))
d = c.__dict__
c.a = 100
del c.b
print(d, 'b' in d, len(d))
del d['z']
print(hasattr(c, 'z'), sorted(c.__dict__))
def fn():
    pass
fn.__dict__['tag'] = 'x'
print(fn.tag, fn.__dict__)
class Slotted:
    def __init__(self):
        self.items = []
s = Slotted()
s.__dict__.setdefault('items', None).append(1)
s.__dict__.pop('items')
print(s.__dict__, getattr(s, 'items', 'gone'))
