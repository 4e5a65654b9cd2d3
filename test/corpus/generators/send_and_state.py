def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print('stopped', e.value)
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print('closing with', received)
e = echo()
next(e); e.send('a'); e.send('b')
e.close()
