class Logger:
    def __init__(self):
        self.log = []
    def record(self, msg):
        self.log.append(msg)
        return len(self.log)
class TimestampLogger(Logger):
    def __init__(self, start):
        super().__init__()
        self.t = start
    def record(self, msg):
        self.t += 1
        return super().record(f'[{self.t}] {msg}')
class UpperLogger(TimestampLogger):
    def record(self, msg):
        return super().record(msg.upper())
u = UpperLogger(100)
print(u.record('start'), u.record('stop'))
print(u.log, u.t)
print(isinstance(u, Logger), UpperLogger.__mro__[2].__name__)
