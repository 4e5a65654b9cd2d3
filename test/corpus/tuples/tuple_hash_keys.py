points = {(0, 0): 'origin', (1, 2): 'p', (-1, -1): 'q'}
print(points[(1, 2)], points.get((5, 5), 'none'), (0, 0) in points)
visited = set()
for p in [(0, 0), (0, 1), (0, 0), (1, 0), (0, 1)]:
    visited.add(p)
print(len(visited), sorted(visited))
print(hash((1, 2)) == hash((1, 2)), (1, [2]) != (1, [3]))
try:
    d = {([1], 2): 3}
except TypeError as e:
    print('TypeError:', e)
