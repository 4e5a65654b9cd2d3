class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
        self.shared.append(self.id)
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.id, b.id, c.id, a.count)
print(a.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print('count' in vars(a), sorted(vars(b)))
