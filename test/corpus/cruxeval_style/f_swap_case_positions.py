def f(text):
    return ''.join(c.upper() if i % 2 == 0 else c.lower() for i, c in enumerate(text))
print(f('hello world'), f('ABCDEF'), f(''), f('a1b2c3'))
def g(text, sep):
    parts = text.split(sep)
    return sep.join(p[::-1] for p in parts[::-1])
print(g('ab-cd-ef', '-'), g('no-sep', '+'), g('a..b', '.'))
