# Set operators and displays print in CPython's hash-table order; a deterministic LCG drives the inputs.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


for _ in range(40):
    a = {rnd(200) for _ in range(rnd(12))}
    b = {rnd(200) for _ in range(rnd(12))}
    print(a | b, a & b, a - b, a ^ b)
    c = set(a); c |= b; d = set(a); d ^= b; e = set(a); e &= b; g = set(a); g -= b
    print(c, d, e, g)
print({3, 160, 16, 121, 148, 155, 120}, {x for x in (121, 160, 148, 16, 155, 3, 120)})
print({-5, 40, 8, (1, 2)}, {1, 9, 17})
