# Float powers in loops: growth curves, roots, negative bases with integer exponents, and the errors.
balance = 1000.0
for year in range(1, 31):
    balance *= 1.0 + 0.0375
    print(year, balance, 1000.0 * 1.0375**year, year**0.5, year**(1 / 3), 2.5**-year)

values = [(-2.5) ** k for k in range(-6, 7)]
print(values)
print([1.1**k for k in (0.5, 1.5, 2.5, 10.25, -3.75, 100.125)])
print([pow(x, 1.7) for x in (0.3, 1.9, 12.6, 1e-5, 123456.789)])
print(sum(1 / k**1.5 for k in range(1, 2000)))
print(10.0**-5, 10**-5, 2**0.5, 9**0.5, 2.0**-1074, 2.0**-1075, 1e-200**2)
for base, exp in [(0.0, -1.0), (10.0, 400.0), (-8.0, 3.0)]:
    try:
        print(base**exp)
    except Exception as e:
        print(type(e).__name__, e)
