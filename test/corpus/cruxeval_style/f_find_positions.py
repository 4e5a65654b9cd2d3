def f(text, sub):
    positions = []
    start = text.find(sub)
    while start != -1:
        positions.append(start)
        start = text.find(sub, start + 1)
    return positions
print(f('abababa', 'aba'), f('aaaa', 'aa'), f('hello', 'z'), f('abc', ''))
