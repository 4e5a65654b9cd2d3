# call: f(0, 'txt')
def check(v):
    print('checked', v)
    return v > 1

def f(n, s):
    a = n and check(n)
    b = n or check(3)
    c = s and len(s)
    d = not n or check(5)
    e = n > 0 and check(n) or 'fallback'
    return a, b, c, d, e
