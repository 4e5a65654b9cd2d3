# call: f([1, 2], {'k': 1})
class Box:
    def __init__(self):
        self.count = 0

def f(xs, d):
    total = 10
    total -= 3
    total *= 2
    xs += [3]
    d['k'] += 4
    xs[0] *= 5
    box = Box()
    box.count += 2
    s = 'ab'
    s += 'c'
    return total, xs, d, box.count, s
