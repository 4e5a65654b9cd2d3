x = 'module'
class Config:
    x = 'class'
    y = x + '!'
    def method(self):
        return x
    items = [1, 2]
    total = sum(items)
print(Config.y, Config().method(), Config.total)
class Counter:
    n = 0
    def inc(self):
        Counter.n += 1
        self.n_local = Counter.n
        return self
c = Counter().inc().inc()
print(Counter.n, c.n_local, c.n)
