def to_base(n, b):
    if n == 0:
        return '0'
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + ''.join(reversed(out))
for n in [0, 5, 255, -255, 2 ** 64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36))
print(int(to_base(987654321, 36), 36))
print(format(255, 'b'), format(255, 'o'), format(255, 'X'), format(-255, '#x'))
