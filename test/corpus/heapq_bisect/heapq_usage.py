import heapq
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data)
print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(3, 'hello'), heapq.nlargest(2, [1, 5, 3], key=lambda v: -v))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
tasks = []
for prio, name in [(2, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10])))
