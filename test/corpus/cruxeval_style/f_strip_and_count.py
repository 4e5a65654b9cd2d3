def f(text, ch):
    stripped = text.strip(ch)
    return stripped, text.count(ch) - stripped.count(ch), len(text) - len(stripped)
print(f('xxhelloxx', 'x'))
print(f('...a.b...', '.'))
print(f('abc', 'z'), f('', 'a'), f('aaaa', 'a'))
