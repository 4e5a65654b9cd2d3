def f(text):
    text = text.strip().lower()
    words = text.split()
    words = [w.capitalize() if len(w) > 3 else w.upper() for w in words]
    return '_'.join(words).center(30, '*')
print(f('  the quick brown fox  '))
print(f('A BIG cat'))
print(repr(f('')))
