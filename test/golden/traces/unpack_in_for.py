# call: f({'x': 1, 'y': 2})
def f(d):
    out = []
    for i, (k, v) in enumerate(d.items()):
        out.append(f'{i}{k}{v}')
    for a, *b in [(1, 2, 3)]:
        out.append(b)
    return out
