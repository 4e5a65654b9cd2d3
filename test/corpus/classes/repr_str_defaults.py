class Plain:
    pass
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr:
    def __str__(self):
        return 'just str'
class Both:
    def __repr__(self):
        return 'Both<repr>'
    def __str__(self):
        return 'Both<str>'
r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), [r], f'{r}', f'{r!r}')
print(s, [s][0].__str__(), f'{s}')
print(b, [b], (b,), {'k': b}, f'{b}|{b!r}', '%s %r' % (b, b))
print(repr(Plain()).startswith('<__main__.Plain object at 0x'), str(Plain).replace('__main__.', ''))
