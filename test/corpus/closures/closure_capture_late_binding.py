def make_adders():
    return [lambda x: x + i for i in range(4)]
print([f(0) for f in make_adders()])
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(4)]
print([f(0) for f in make_adders_fixed()])
def outer():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return items
    return add, get
add, get = outer()
add('a'); add('b')
print(get(), add('c'))
def make():
    msg = 'before'
    def show():
        return msg
    msg = 'after'
    return show
print(make()())
