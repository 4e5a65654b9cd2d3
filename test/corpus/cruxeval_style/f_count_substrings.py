def f(text):
    return {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}
subs = f('abab')
print(len(subs), sorted(subs), sorted(subs, key=lambda s: (-len(s), s))[:3])
print(len(f('aaaa')), len(f('abcd')), f(''))
