# call: f({'a': 1}, 'b')
def lookup(d, k):
    return d[k]

def f(d, k):
    v = lookup(d, 'a')
    return v + lookup(d, k)
