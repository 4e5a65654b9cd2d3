def f(text, src, dst):
    table = str.maketrans(src, dst)
    return text.translate(table).swapcase()
print(f('hello world', 'lo', '01'), f('Python', 'Pn', 'pN'), f('', 'a', 'b'))
print(f('aAbB', 'ab', 'ba'))
try:
    f('x', 'ab', 'c')
except ValueError as e:
    print('ValueError:', e)
