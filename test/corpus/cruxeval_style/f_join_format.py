def f(names, ages):
    lines = []
    for name, age in zip(names, ages):
        lines.append('%s is %d' % (name.title(), age))
    return '; '.join(lines) or 'nobody'
print(f(['ann', 'BOB'], [30, 4]))
print(f([], []), f(['x'], [1, 2]))
print(f(['mary ann'], [7.9]))
