s = 'a\tbc\tdef\tg'
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(2)), repr(s.expandtabs(0)))
print(repr('x\ty\nab\tc'.expandtabs(3)))
t = 'line1\nline2\r\nline3\rline4\n\nlast'
print(t.splitlines())
print(t.splitlines(True))
print(''.splitlines(), 'one'.splitlines(), 'trail\n'.splitlines(), 'trail\n'.split('\n'))
