def f(s):
    return s.replace('a', 'b').replace('b', 'c').replace('c', 'a')
print(f('abc'), f('aaa'), f('cab'), f(''))
def g(s, pairs):
    for old, new in pairs:
        s = s.replace(old, new)
    return s
print(g('hello world', [('l', 'L'), ('o', '0'), ('L0', '_')]))
