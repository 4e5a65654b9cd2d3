def f(items, width):
    lines = [str(x).ljust(width, '.') + '|' for x in items]
    return '\n'.join(lines)
print(f(['a', 12, None, 3.5, 'longer-than-width'], 6))
print(repr(f([], 3)))
