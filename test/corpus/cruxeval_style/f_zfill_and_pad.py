def f(n, width):
    s = str(n)
    return s.zfill(width), s.rjust(width, '.'), s.ljust(width, '_'), s.center(width + 2, '|')
print(f(42, 5))
print(f(-7, 4))
print(f(123456, 3))
