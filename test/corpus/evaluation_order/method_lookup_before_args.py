# obj.method(args) looks the method up before evaluating the arguments (CPython's LOAD_METHOD).
out = []
def p(s):
    out.append(s)
    return s
try:
    None.append(p('x'))
except AttributeError as e:
    out.append(str(e))
class A:
    @property
    def m(self):
        p('lookup m')
        return lambda v: v
    def __getattr__(self, name):
        p('getattr ' + name)
        return lambda *a: len(a)
a = A()
print(a.m(p('arg')), a.missing(p(1), p(2)), out)
out.clear()
items = [3, 1, 2]
counts = {}
for k in items + [p(9)]:
    counts[k] = counts.get(k, p(0)) + 1
    items.append(k) if len(items) < 6 else None
print(counts, items, out)
try:
    (1).append(p('never'))
except AttributeError as e:
    print(e, out)
