class R:
    def __repr__(self):
        return 'R!'
class S(R):
    def __str__(self):
        return 'S-str'
print(str(R()), repr(R()), str(S()), repr(S()), [S()], f'{S()!r:>6}')
print('%s|%r' % (S(), S()), format(S()), '{}'.format(R()))
class Inherit(S):
    pass
print(Inherit(), [Inherit()], type(Inherit()).__name__)
