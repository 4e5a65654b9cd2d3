a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print(a <= b, {3} <= a, {3} < a, a >= {1, 2}, a.isdisjoint({7}), a.issubset(range(10)))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s), 1 in s, 2 not in s)
s.update([5, 6], {7})
s.discard(100); s.remove(5)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
print({1, 2} == {2, 1}, set([3, 3, 2]), set('aaa'), set(range(3)))
