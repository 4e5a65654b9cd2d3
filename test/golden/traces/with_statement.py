# call: f()
class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return 42

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit')
        return False

def f():
    log = []
    with Ctx(log) as value:
        log.append(value)
    return log
