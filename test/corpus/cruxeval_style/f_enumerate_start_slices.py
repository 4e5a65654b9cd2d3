def f(items):
    out = []
    for i, x in enumerate(items[1:], start=1):
        if x < items[i - 1]:
            out.append((i, items[i - 1], x))
    return out
print(f([1, 3, 2, 4, 3, 5]), f([5, 4, 3]), f([1]), f([]))
print([i * x for i, x in enumerate([4, 5, 6], 2)])
