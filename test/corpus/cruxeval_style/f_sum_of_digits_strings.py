def f(strings):
    return {s: sum(int(c) for c in s if c.isdigit()) for s in strings if any(c.isdigit() for c in s)}
print(f(['a1b2', 'xyz', '999', '0', 'n0n5']))
print(f([]), f(['']))
def g(n):
    return sum(map(int, str(abs(n)))) * (-1 if n < 0 else 1)
print([g(n) for n in (0, 7, -45, 1001, -999999)])
