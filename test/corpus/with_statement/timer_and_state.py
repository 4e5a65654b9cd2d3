class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *args):
        Indent.level -= 1
    def say(self, msg):
        print('  ' * Indent.level + msg)
with Indent() as a:
    a.say('level one')
    with Indent() as b:
        b.say('level two')
        with Indent():
            b.say('level three')
    a.say('back to one')
print(Indent.level)
class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('begin')
    def __exit__(self, et, ev, tb):
        self.log.append('rollback' if et else 'commit')
        return True
log = []
with Transaction(log):
    log.append('work')
with Transaction(log):
    raise RuntimeError
print(log)
