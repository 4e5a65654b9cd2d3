a = 2 ** 100
b = 3 ** 64
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(divmod(a, 12345678901))
print(a == 1267650600228229401496703205376)
print(len(str(a * a * a)))
