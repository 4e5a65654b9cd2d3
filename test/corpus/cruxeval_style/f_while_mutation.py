def f(items):
    i = 0
    while i < len(items):
        if items[i] % 3 == 0:
            items.pop(i)
        else:
            items[i] *= 2
            i += 1
    return items
print(f([1, 3, 4, 6, 9, 10]), f([3, 6]), f([]), f([2, 3, 5]))
def g(s):
    while s and s[0] == s[-1]:
        s = s[1:-1]
    return s
print(repr(g('abcba')), repr(g('abca')), repr(g('xyzzyq')), repr(g('aa')))
