# str.format: malformed replacement fields raise the errors CPython raises.
tests = ['{', '{0', '{!', '{!r', '{!r:', '{0!', '{0!r', '{0!rx', '{0!r}', '{0!}', '{0:', '{0:{', '{0:{}', '{0:{1}', '{ {', '{0{', '{!{', '{!{,', '{!{}', '{0[', '{0[}', '{0[}]}', '{0[{]}', '{0:}}', '{0!r{', '{:{:{}}}', '{0.{', '{a!r:{x', '}{', '{}}', '{0]}', '{0]x}','{!rr}', '{0!:}', '{!}', '{a[x]}', '{0:>{x}}', '{0:{x}{x}}', '{{}}', 'a{{b', '{0!s:>5}', '{x[1]!r}']
for t in tests:
    try:
        r = repr(t.format(1, 2, a=3, x=4))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(t), '->', r)
