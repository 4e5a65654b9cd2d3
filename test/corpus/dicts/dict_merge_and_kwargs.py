defaults = {'color': 'red', 'size': 'M', 'qty': 1}
override = {'size': 'L', 'gift': True}
merged = {**defaults, **override}
print(merged)
print(dict(defaults, **override), dict(**defaults, extra=0))
def configure(**opts):
    return sorted(opts)
print(configure(**merged))
try:
    dict(**defaults, color='blue')
except TypeError as e:
    print('TypeError:', e)
print(defaults | override == merged, override | defaults)
d = {}
d.update(a=1)
d.update([('b', 2)])
d.update({'c': 3}.items())
print(d, list(d.items())[-1], {**{}, **{}})
