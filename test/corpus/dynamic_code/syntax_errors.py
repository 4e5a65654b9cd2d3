# Syntax errors in dynamic code are SyntaxError exceptions the program can catch.
sources = ['1 +', 'x = 1', 'print(1', 'def', 'for x in range(3) print(x)']
for src in sources:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.filename)

try:
    exec('if True:\n    return 1')
except SyntaxError as e:
    print(str(e), e.args[0])

try:
    exec('a = 1\nb = = 2')
except SyntaxError as e:
    print(e.msg, e.lineno)

for bad in [42, None, ['x']]:
    try:
        exec(bad)
    except TypeError as e:
        print(e)

print(isinstance(SyntaxError('x'), Exception), str(SyntaxError('plain')))
