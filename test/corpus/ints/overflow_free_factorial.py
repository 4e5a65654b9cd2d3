def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
f50 = fact(50)
print(f50)
zeros = 0
while f50 % 10 == 0:
    f50 //= 10
    zeros += 1
print(zeros)
print(fact(25) // fact(23), fact(20) // (fact(10) * fact(10)))
print(sum(int(c) for c in str(fact(100))))
