a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 3, a >> 2, 1 << 70)
print(-16 >> 2, -1 >> 10, ~0, ~-1)
print(-12 & 0xff, -12 | 3, -12 ^ 5)
print(bin(a), oct(64), hex(255), hex(-255))
print(bin(-5), bin(0), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print((1 << 100) - 1 & 0xFFFF)
print(bin(37).count('1'))
