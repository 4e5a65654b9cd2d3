# call: f(7, 2)
def f(a, b):
    q = a / b
    fq = a // b
    m = -a % b
    p = 2 ** -1
    big = 10 ** 20 + 1
    return q, fq, m, p, big, float(a), round(q)
