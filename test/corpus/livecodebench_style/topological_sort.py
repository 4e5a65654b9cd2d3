from collections import deque
def topo(n, deps):
    indeg = [0] * n
    out = [[] for _ in range(n)]
    for a, b in deps:
        out[b].append(a)
        indeg[a] += 1
    q = deque(i for i in range(n) if indeg[i] == 0)
    order = []
    while q:
        u = q.popleft()
        order.append(u)
        for v in out[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return order if len(order) == n else None
print(topo(4, [(1, 0), (2, 0), (3, 1), (3, 2)]))
print(topo(2, [(0, 1), (1, 0)]), topo(3, []))
