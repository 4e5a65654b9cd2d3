from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], len(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(list(w), end=' ')
print()
print(w, w.maxlen, deque('abc', maxlen=2), deque())
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
print(d.count(7), d.index(8), 3 in d, list(reversed(d)))
