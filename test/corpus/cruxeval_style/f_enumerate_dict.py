def f(words):
    return {w: [i for i, x in enumerate(words) if x == w] for w in words}
print(f(['a', 'b', 'a', 'c', 'b', 'a']))
print(f([]), f(['solo']))
print(f('banana'))
print(f([1, True, 1.0, 2]))
