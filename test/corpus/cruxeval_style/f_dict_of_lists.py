def f(pairs):
    out = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    for k in out:
        out[k].sort(reverse=True)
    return out
print(f([('a', 1), ('b', 5), ('a', 3), ('c', 0), ('b', 2)]))
print(f([]), f([(1, 'x'), (1, 'y')]))
