a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)
print(a % 10 ** 9, len(str(a)))
fibs = [0, 1]
while len(fibs) < 20:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs)
print(sum(f for f in fibs if f % 2 == 0))
print(a // fibs[-1], a % fibs[-1])
