# call: f('  Hello, World  ')
def f(text):
    t = text.strip().lower()
    parts = t.split(', ')
    joined = '-'.join(p.capitalize() for p in parts)
    rep = joined.replace('-', ' + ').center(17, '*')
    n = rep.count('o') + t.find('w')
    ok = t.startswith('he') and t.endswith('ld')
    return t, parts, joined, rep, n, ok, t.title().swapcase()
