def f(text, old, new):
    n = text.count(old)
    return text.replace(old, new, n // 2 + 1) if n else text.upper()
print(f('a-b-c-d', '-', '+'), f('aaaa', 'a', 'b'), f('none', 'x', 'y'), f('', '', 'z'))
print(f('one fish two fish red fish', 'fish', 'cat'))
print(f('abcabc', 'abc', ''))
