# call: f([1, 2, 3])
# options: granularity=expr
def f(xs):
    total = 0
    for x in xs:
        total += x * x + 1
    return [total, len(xs) * 2]
