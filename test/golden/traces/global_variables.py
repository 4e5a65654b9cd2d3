# call: f(3)
TOTAL = 100
seen = []

def f(n):
    global TOTAL
    TOTAL += n
    seen.append(n)
    return TOTAL, seen
