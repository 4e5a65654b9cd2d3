# The target of `x op= value` is read before the value is evaluated.
x = [1]
def bump_list():
    x[0] = 100
    return 1
x[0] += bump_list()
print(x)
y = 1
def bump_global():
    global y
    y = 50
    return 1
y += bump_global()
print(y)
class Box:
    pass
b = Box()
b.v = 1
def bump_attr():
    b.v = 7
    return 1
b.v += bump_attr()
print(b.v)
d = {'a': 1}
def bump_dict():
    d['a'] = 9
    return 1
d['a'] += bump_dict()
print(d)
order = []
def key(k):
    order.append(('key', k))
    return k
def val(v):
    order.append(('val', v))
    return v
e = {'k': 'x'}
e[key('k')] += val('y')
print(e, order)
