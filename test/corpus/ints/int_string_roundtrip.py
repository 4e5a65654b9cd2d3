values = [0, 7, -7, 10 ** 18, -(10 ** 18) + 1, 2 ** 64, 12345678987654321]
for v in values:
    s = str(v)
    print(s, len(s), int(s) == v, int(s[::-1].rstrip('-') or '0'))
print(int('  0012_3  '), int('-0b11', 0), int('0_0'))
print(str(-0), repr(-0), f'{-0}', -0 == 0)
