import json
import math

# Containers compare items with `is` first, so one NaN object equals itself inside a list while two NaN
# objects never compare equal.
a = float('nan')
b = float('nan')
print(a is a, a is b, a == a, a != a, a < 1.0, a >= a, [a] == [a], [a] == [b], (a, 1) == (b, 1))
print(a in [a], a in [b], [b, a].index(a), [a, b, a].count(a), [a, b].count(float('nan')))
d = {a: 'first', b: 'second'}
print(len(d), d[a], d[b], a in d, float('nan') in d, d.get(float('nan'), 'missing'))
s = {a, a, b}
print(len(s), a in s, b in s, float('nan') in s, hash(a) == hash(a))
m = math.nan
print(m is math.nan, [m] == [math.nan], m == math.nan, math.nan in {m: 0}, float(m) is m)
x = float('inf') - float('inf')
y = 0 * float('inf')
print(x, y, x is y, [x] == [x], [x] == [y], x + 1 is x, +x is x, -x is x, abs(x) is x)
print(sorted([3.0, 1.0, 2.0, a]), min(a, 1.0), max(1.0, a), max([a, 1.0, 2.0]), min([1.0, a]))
print(str(a), repr(-a), [a, m], format(a, 'f'), f'{a:E}', f'{a:+.2f}', f'{a:>6}|', '%f %G %5.1e' % (a, a, a))
print(json.dumps([a, 1.5, {'k': m}]), json.loads('[NaN, 1.0]'), bool(a), a.is_integer(), a.hex())
print(math.isnan(a), math.isfinite(a), math.copysign(2.0, a), round(a, 1), divmod(a, 2), a // 2, 5 % a)
print(type(a), isinstance(a, float), type(a) is float, a.real, sum([1.0, a]), math.fsum([a, 2.0]))
for bad in (int, round, math.floor):
    try:
        bad(a)
    except ValueError as e:
        print(bad.__name__, e)
n = json.loads('[NaN, NaN]')
print(n[0] is n[1], n == n, n == json.loads("[NaN]") * 2, n[0] == n[1], [a].__eq__([a]), [a].__eq__([b]))
