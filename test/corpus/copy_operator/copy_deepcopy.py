import copy
orig = {'a': [1, 2], 'b': {'c': [3]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['a'].append(99)
orig['b']['c'].append(100)
orig['new'] = 1
print(orig)
print(shallow)
print(deep)
print(shallow['a'] is orig['a'], deep['a'] is orig['a'])
lst = [[0] * 2] * 2
d = copy.deepcopy(lst)
d[0][0] = 5
print(lst, d)
class P:
    def __init__(self, items):
        self.items = items
p = P([1])
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(2)
print(q.items, r.items, q is p)
