print(2 ** 200)
print(7 ** 77)
print((-3) ** 41)
print(10 ** 30 - 1)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x % 1000003)
print(str(5 ** 300)[:20], str(5 ** 300)[-20:])
print(2 ** -2, 10 ** -3)
print(0 ** 0, (-1) ** 101)
