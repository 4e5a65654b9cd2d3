import heapq
jobs = [('backup', 3, 5), ('email', 1, 1), ('report', 2, 3), ('deploy', 1, 2), ('cleanup', 3, 1)]
queue = [(prio, i, name, dur) for i, (name, prio, dur) in enumerate(jobs)]
heapq.heapify(queue)
clock = 0
timeline = []
while queue:
    prio, _, name, dur = heapq.heappop(queue)
    timeline.append((clock, name))
    clock += dur
print(timeline)
print('total', clock, 'avg start', sum(t for t, _ in timeline) / len(timeline))
waits = {name: t for t, name in timeline}
print(sorted(waits.items(), key=lambda kv: kv[1], reverse=True)[:2])
