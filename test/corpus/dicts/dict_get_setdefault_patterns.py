graph = {}
for a, b in [('x', 'y'), ('y', 'z'), ('x', 'z'), ('w', 'x')]:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, [])
print(graph)
print({k: len(v) for k, v in graph.items()})
memo = {}
def calls(n):
    memo[n] = memo.get(n, 0) + 1
    return memo[n]
for n in [3, 1, 3, 3, 2, 1]:
    calls(n)
print(memo, sorted(memo, key=memo.get, reverse=True))
d = {'a': None}
print(d.get('a', 'dflt'), d.get('b', 'dflt'), 'a' in d, d.setdefault('a', 5), d)
