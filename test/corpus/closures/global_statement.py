total = 0
def add(n):
    global total
    total += n
    return total
print(add(5), add(10), total)
def read_only():
    return total * 2
print(read_only())
def shadow():
    total = 'local'
    return total
print(shadow(), total)
def make_global():
    global created
    created = 'made'
make_global()
print(created)
counter = {'n': 0}
def bump():
    counter['n'] += 1
bump(); bump()
print(counter)
