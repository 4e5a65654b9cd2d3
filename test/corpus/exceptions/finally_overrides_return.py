def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x set to', x)
print(h())
def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('cleanup', i)
loop()
