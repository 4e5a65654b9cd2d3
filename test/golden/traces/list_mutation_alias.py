# call: f([3, 1, 2])
def f(xs):
    ys = xs
    ys.append(4)
    xs.sort()
    zs = xs.copy()
    zs.pop(0)
    del xs[0]
    xs.insert(0, 9)
    xs[1:3] = ['a']
    xs.extend(zs)
    xs.remove(4)
    return xs, ys, zs
