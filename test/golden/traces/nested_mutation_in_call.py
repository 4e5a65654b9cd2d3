# call: f()
def push(stack, v):
    stack.append(v)
    return len(stack)

def f():
    data = {'stack': []}
    alias = data['stack']
    n = push(alias, 'x')
    push(data['stack'], 'y')
    size = len(alias) + push(alias, 'z') + len(alias)
    alias.append(push(alias, 'w'))
    return n, data, alias, size
