x = 'outer'
result = [x for x in range(3)]
print(result, x)
i = 99
squares = {i: i * i for i in range(3)}
print(squares, i)
n = 10
print([n + k for k in range(3)])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
try:
    print(k)
except NameError as e:
    print('NameError:', e)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
