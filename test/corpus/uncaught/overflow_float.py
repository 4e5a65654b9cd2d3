x = 2.0
for i in range(11):
    x = x * x
    print(i, x)
print(x == float('inf'), x > 10 ** 300)
print(int(x))
