def f(text, pos, ch):
    if pos < 0:
        pos = len(text) + pos + 1
    return text[:pos] + ch + text[pos:]
print(f('abc', 0, 'X'), f('abc', 3, 'X'), f('abc', -1, 'X'), f('abc', 10, 'X'), f('', 0, 'X'))
lst = list('abc')
lst.insert(-1, 'X')
print(lst, f('abc', -4, 'X'))
