# Exact list/dict fast paths must not apply to subclasses that override the protocol.
class LoudDict(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = LoudDict()
d['a'] = 1
d['a'] += 5
print(d, d['a'])
class Shifted(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)
    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)
s = Shifted([10, 20, 30])
s[1] = 11
s[3] += 1
print(s, s[1], s[2])
class Backwards(list):
    def __iter__(self):
        return iter(list(reversed(self[:])))
a, b, c = Backwards([1, 2, 3])
print(a, b, c)
from collections import defaultdict, Counter
dd = defaultdict(int)
cnt = Counter()
for w in 'the cat the hat the end'.split():
    dd[w] += 1
    cnt[w] += 2
print(sorted(dd.items()), cnt.most_common(2))
