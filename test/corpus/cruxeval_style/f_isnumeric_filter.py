def f(tokens):
    nums = [int(t) for t in tokens if t.isdigit()]
    words = [t for t in tokens if t.isalpha()]
    rest = [t for t in tokens if not (t.isdigit() or t.isalpha())]
    return sum(nums), words, rest
print(f(['12', 'abc', '3', 'a1', '-4', '', 'XY']))
print(f('1 2 three 4.0'.split()))
