def f(text, size):
    expanded = text.expandtabs(size)
    return len(text), len(expanded), expanded.replace(' ', '.')
print(f('a\tb', 4), f('\t\t', 2))
print(f('abc\tde\tf', 3), f('no tabs', 8))
print(f('12345678\tx', 8))
print(f('a\nb\tc', 4))
